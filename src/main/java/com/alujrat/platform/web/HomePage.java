package com.alujrat.platform.web;

import com.alujrat.shared.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The visitor's home page: what the platform is and how it works. No project details for visitors. */
@Controller
class HomePage {

	@GetMapping("/")
	String home() {
		if (SignedInUser.current().isPresent()) {
			return "redirect:/dashboard";
		}
		return "home";
	}
}
