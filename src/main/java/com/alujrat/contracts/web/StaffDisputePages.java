package com.alujrat.contracts.web;

import java.util.UUID;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.contracts.internal.Disputes;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.web.Rupees;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** SUPPORT staff's dispute queue and decisions. */
@Controller
class StaffDisputePages {

	private final Disputes disputes;

	private final Agreements agreements;

	private final ContractViews views;

	private final MessageSource messages;

	StaffDisputePages(Disputes disputes, Agreements agreements, ContractViews views, MessageSource messages) {
		this.disputes = disputes;
		this.agreements = agreements;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/staff/disputes")
	String queue(Model model) {
		model.addAttribute("disputes", disputes.queue());
		return "contracts/staff-disputes";
	}

	/** Opening a dispute from the queue names its purpose, resolving it ("DISPUTE"); the look is logged. */
	@GetMapping("/staff/disputes/{id}")
	String dispute(@PathVariable UUID id, @RequestParam(defaultValue = "DISPUTE") String purpose, Model model) {
		return show(id, purpose, model, FormErrors.none());
	}

	@PostMapping("/staff/disputes/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String freelancerShare, @RequestParam(required = false) String reason,
			Model model) {
		try {
			disputes.decide(id, me(), decision, Rupees.toPaisa(freelancerShare, "freelancerShare", "dispute.share.invalid"), reason);
			return "redirect:/staff/disputes?decided";
		}
		catch (Rejected rejected) {
			return show(id, "DISPUTE", model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	private String show(UUID id, String purpose, Model model, FormErrors errors) {
		Disputes.Dispute dispute = disputes.seenByStaff(id, me(), purpose)
			.orElseThrow(() -> new NotFound("No such dispute."));
		model.addAttribute("dispute", dispute);
		model.addAttribute("files", disputes.evidenceFiles(id));
		model.addAttribute("contract", views.contract(agreements.find(dispute.contractId()).orElseThrow()));
		model.addAttribute("errors", errors);
		return "contracts/staff-dispute";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
