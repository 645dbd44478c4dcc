package com.alujrat.payments.web;

import java.util.UUID;

import com.alujrat.payments.internal.EscrowBook;
import com.alujrat.payments.internal.FeeRefunds;
import com.alujrat.payments.internal.Payouts;
import com.alujrat.payments.internal.Reconciliation;
import com.alujrat.payments.internal.Refunds;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
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

/** FINANCE staff pages: the payout queue, refunds with the dispute money moves, and reconciliation. */
@Controller
class StaffPaymentPages {

	private final Payouts payouts;

	private final Refunds refunds;

	private final EscrowBook escrow;

	private final Reconciliation reconciliation;

	private final MessageSource messages;

	private final FeeRefunds fees;

	StaffPaymentPages(Payouts payouts, Refunds refunds, EscrowBook escrow, Reconciliation reconciliation,
			MessageSource messages, FeeRefunds fees) {
		this.fees = fees;
		this.payouts = payouts;
		this.refunds = refunds;
		this.escrow = escrow;
		this.reconciliation = reconciliation;
		this.messages = messages;
	}

	@GetMapping("/staff/payments/payouts")
	String payouts(Model model) {
		return payouts(model, FormErrors.none(), null, null);
	}

	@PostMapping("/staff/payments/payouts/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(required = false) String reference, Model model) {
		try {
			payouts.approve(id, me(), reference);
			return "redirect:/staff/payments/payouts?decided";
		}
		catch (Rejected rejected) {
			return payouts(model, errors(rejected), id, null);
		}
	}

	@PostMapping("/staff/payments/payouts/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
		try {
			payouts.reject(id, me(), reason);
			return "redirect:/staff/payments/payouts?decided";
		}
		catch (Rejected rejected) {
			return payouts(model, errors(rejected), id, null);
		}
	}

	@PostMapping("/staff/payments/payouts/{id}/account")
	String account(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model) {
		try {
			return payouts(model, FormErrors.none(), id, payouts.accountNumber(id, me(), purpose));
		}
		catch (Rejected rejected) {
			return payouts(model, errors(rejected), id, null);
		}
	}

	@GetMapping("/staff/payments/refunds")
	String refunds(Model model) {
		return refunds(model, FormErrors.none(), "", "");
	}

	@PostMapping("/staff/payments/refunds")
	String refund(@RequestParam(required = false) String milestoneId, @RequestParam(required = false) String reason,
			Model model) {
		try {
			escrow.refundByStaff(milestone(milestoneId), reason, me());
			return "redirect:/staff/payments/refunds?refunded";
		}
		catch (Rejected rejected) {
			return refunds(model, errors(rejected), milestoneId, reason);
		}
	}

	@PostMapping("/staff/payments/refunds/fees")
	String refundFee(@RequestParam(required = false) String checkoutRef, @RequestParam(required = false) String reason,
			Model model) {
		try {
			fees.refund(checkoutRef, reason, me());
			return "redirect:/staff/payments/refunds?refunded";
		}
		catch (Rejected rejected) {
			return refunds(model, errors(rejected), "", "");
		}
	}

	@PostMapping("/staff/payments/refunds/{id}/sent")
	String sent(@PathVariable UUID id, @RequestParam(required = false) String reference, Model model) {
		try {
			refunds.markSent(id, reference);
			return "redirect:/staff/payments/refunds?sent";
		}
		catch (Rejected rejected) {
			return refunds(model, errors(rejected), "", "");
		}
	}

	@GetMapping("/staff/payments/reconciliation")
	String reconciliation(Model model) {
		model.addAttribute("reports", reconciliation.recent());
		model.addAttribute("refused", reconciliation.refusedCallbacks(7));
		return "payments/staff-reconciliation";
	}

	@PostMapping("/staff/payments/reconciliation")
	String reconcile() {
		reconciliation.run();
		return "redirect:/staff/payments/reconciliation";
	}

	private String payouts(Model model, FormErrors errors, UUID focus, String number) {
		model.addAttribute("payouts", payouts.queue(false));
		model.addAttribute("errors", errors);
		model.addAttribute("focus", focus == null ? "" : focus.toString());
		model.addAttribute("number", number == null ? "" : number);
		return "payments/staff-payouts";
	}

	private String refunds(Model model, FormErrors errors, String milestoneId, String reason) {
		model.addAttribute("refunds", refunds.recent(false));
		model.addAttribute("moves", escrow.disputeMoves());
		model.addAttribute("errors", errors);
		model.addAttribute("milestoneId", milestoneId == null ? "" : milestoneId);
		model.addAttribute("reason", reason == null ? "" : reason);
		return "payments/staff-refunds";
	}

	private static UUID milestone(String text) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("milestoneId", "refund.milestone.notFunded");
		}
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
