package com.alujrat.privacy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Privacy Policy as published, and the other documents the footer links to. */
@Controller
class PolicyPages {

	private final List<String> privacyPolicy;

	PolicyPages() {
		try {
			privacyPolicy = new ClassPathResource("privacy/privacy-policy.txt").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.filter(line -> !line.isBlank())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("lines", privacyPolicy);
		return "privacy/privacy";
	}

	@GetMapping("/terms")
	String terms() {
		return "privacy/terms";
	}

	@GetMapping("/refund-policy")
	String refunds() {
		return "privacy/refund-policy";
	}
}
