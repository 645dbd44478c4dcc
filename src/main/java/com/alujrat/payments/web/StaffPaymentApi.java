package com.alujrat.payments.web;

import java.util.List;
import java.util.UUID;

import com.alujrat.payments.internal.EscrowBook;
import com.alujrat.payments.internal.FeeRefunds;
import com.alujrat.payments.internal.Payouts;
import com.alujrat.payments.internal.Reconciliation;
import com.alujrat.payments.internal.Refunds;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** FINANCE staff: payouts to approve or reject, refunds, and the ledger's reconciliation. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffPaymentApi {

	private final Payouts payouts;

	private final Refunds refunds;

	private final EscrowBook escrow;

	private final Reconciliation reconciliation;

	private final FeeRefunds fees;

	StaffPaymentApi(Payouts payouts, Refunds refunds, EscrowBook escrow, Reconciliation reconciliation, FeeRefunds fees) {
		this.fees = fees;
		this.payouts = payouts;
		this.refunds = refunds;
		this.escrow = escrow;
		this.reconciliation = reconciliation;
	}

	record Items<T>(List<T> items, String next) {
	}

	record Reference(String reference) {
	}

	record Reason(String reason) {
	}

	record Purpose(String purpose) {
	}

	record AccountNumber(String number) {
	}

	record StaffRefund(UUID milestoneId, String reason) {
	}

	record FeeRefund(String checkoutRef, String reason) {
	}

	@GetMapping("/payouts")
	@Operation(summary = "Payouts for FINANCE: the requested ones first (all=true adds the latest decided)")
	Items<Payouts.Payout> payouts(@RequestParam(defaultValue = "false") boolean all) {
		return new Items<>(payouts.queue(!all), null);
	}

	@PostMapping("/payouts/{id}/approve")
	@Operation(summary = "Record a payout as paid, with the bank's or wallet's reference")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void approve(@PathVariable UUID id, @RequestBody Reference body) {
		payouts.approve(id, me(), body.reference());
	}

	@PostMapping("/payouts/{id}/reject")
	@Operation(summary = "Reject a payout with a reason; the money returns to the freelancer's available balance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reject(@PathVariable UUID id, @RequestBody Reason body) {
		payouts.reject(id, me(), body.reason());
	}

	@PostMapping("/payouts/{id}/account")
	@Operation(summary = "The payout's full account number, to pay it; the look is logged with its purpose")
	AccountNumber account(@PathVariable UUID id, @RequestBody Purpose body) {
		return new AccountNumber(payouts.accountNumber(id, me(), body.purpose()));
	}

	@GetMapping("/refunds")
	@Operation(summary = "Refunds, newest first (waiting=true: only those FINANCE still has to make at the gateway)")
	Items<Refunds.Refund> refunds(@RequestParam(defaultValue = "false") boolean waiting) {
		return new Items<>(refunds.recent(waiting), null);
	}

	@PostMapping("/refunds")
	@Operation(summary = "Refund what a milestone's escrow holds to its employer, under the Refund & Return Policy")
	@ResponseStatus(HttpStatus.CREATED)
	void refund(@RequestBody StaffRefund body) {
		escrow.refundByStaff(body.milestoneId(), body.reason(), me());
	}

	@PostMapping("/refunds/fees")
	@Operation(summary = "Refund an unused subscription or posting fee within 7 days, under the Refund & Return Policy")
	@ResponseStatus(HttpStatus.CREATED)
	void refundFee(@RequestBody FeeRefund body) {
		fees.refund(body.checkoutRef(), body.reason(), me());
	}

	@PostMapping("/refunds/{id}/sent")
	@Operation(summary = "Record a refund made in the gateway's merchant portal, with the gateway's reference")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void sent(@PathVariable UUID id, @RequestBody Reference body) {
		refunds.markSent(id, body.reference());
	}

	@GetMapping("/reconciliation")
	@Operation(summary = "The latest reconciliation runs of the ledger and what they found")
	Items<Reconciliation.Report> reconciliations() {
		return new Items<>(reconciliation.recent(), null);
	}

	@PostMapping("/reconciliation")
	@Operation(summary = "Reconcile the ledger now")
	Reconciliation.Report reconcile() {
		return reconciliation.run();
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
