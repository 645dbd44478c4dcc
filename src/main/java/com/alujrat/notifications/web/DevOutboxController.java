package com.alujrat.notifications.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import com.alujrat.notifications.internal.DevOutbox;
import com.alujrat.notifications.internal.DevOutbox.OutboxMessage;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The development outbox: every message the platform sent without SMTP or SMS gateway, newest first. It holds reset
 * links and phone codes, so it answers only requests from this machine (loopback) unless
 * {@code alujrat.dev-outbox.remote=true}; others get 404, as if it did not exist.
 */
@Controller
@Profile("!prod")
class DevOutboxController {

	private final DevOutbox outbox;

	private final boolean remote;

	DevOutboxController(DevOutbox outbox, @Value("${alujrat.dev-outbox.remote:false}") boolean remote) {
		this.outbox = outbox;
		this.remote = remote;
	}

	@ModelAttribute
	void onlyFromThisMachine(HttpServletRequest request) {
		if (!remote && !isLoopback(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static boolean isLoopback(String address) {
		// The remote address is always a literal, so this looks nothing up.
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@GetMapping("/dev/outbox")
	String page(@RequestParam(required = false) String to, Model model) {
		model.addAttribute("messages", outbox.newestFirst(blankToNull(to), 100));
		model.addAttribute("to", to == null ? "" : to);
		return "notifications/outbox";
	}

	@GetMapping("/api/v1/dev/outbox")
	@Operation(summary = "Development only, from this machine: the messages kept in the outbox, newest first")
	@ResponseBody
	List<OutboxMessage> api(@RequestParam(required = false) String to) {
		return outbox.newestFirst(blankToNull(to), 100);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
