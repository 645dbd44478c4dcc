package com.alujrat.messaging.web;

import java.util.UUID;

import com.alujrat.messaging.internal.Moderation;
import com.alujrat.messaging.internal.Moderation.Reason;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** SUPPORT's moderation queue: reported messages and users, joining a conversation to judge it, closing a report. */
@Controller
class ModerationPages {

	private final Moderation moderation;

	ModerationPages(Moderation moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/staff/moderation")
	String queue(Model model) {
		model.addAttribute("reports", moderation.queue());
		return "messaging/moderation";
	}

	@PostMapping("/staff/moderation/{id}/join")
	String join(@PathVariable UUID id) {
		Moderation.Report report = moderation.report(id);
		moderation.join(report.conversationId(), me(), Reason.REPORT, id);
		return "redirect:/messages/" + report.conversationId();
	}

	@PostMapping("/staff/moderation/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean actioned,
			@RequestParam(required = false) String outcome) {
		try {
			moderation.resolve(id, me(), actioned, outcome);
			return "redirect:/staff/moderation?resolved";
		}
		catch (Rejected rejected) {
			return "redirect:/staff/moderation?outcomeMissing=" + id;
		}
	}

	@GetMapping("/staff/conversations")
	String forDispute(@RequestParam UUID contract, Model model) {
		model.addAttribute("contract", contract);
		model.addAttribute("conversations", moderation.forDispute(contract));
		return "messaging/staff-conversations";
	}

	/** From a dispute: join a conversation between the contract's parties. */
	@PostMapping("/staff/conversations/{id}/join")
	String joinForDispute(@PathVariable UUID id, @RequestParam UUID contractId) {
		moderation.join(id, me(), Reason.DISPUTE, contractId);
		return "redirect:/messages/" + id;
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
