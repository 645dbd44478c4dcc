package com.alujrat.notifications.web;

import java.util.List;

import com.alujrat.notifications.internal.DevOutbox;
import com.alujrat.notifications.internal.DevOutbox.OutboxMessage;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The development outbox: every message the platform sent without SMTP or SMS gateway, newest first. */
@Controller
@Profile("!prod")
class DevOutboxController {

	private final DevOutbox outbox;

	DevOutboxController(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	String page(@RequestParam(required = false) String to, Model model) {
		model.addAttribute("messages", outbox.newestFirst(blankToNull(to), 100));
		model.addAttribute("to", to == null ? "" : to);
		return "notifications/outbox";
	}

	@GetMapping("/api/v1/dev/outbox")
	@ResponseBody
	List<OutboxMessage> api(@RequestParam(required = false) String to) {
		return outbox.newestFirst(blankToNull(to), 100);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
