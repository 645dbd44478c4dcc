package com.alujrat.payments.web;

import java.util.Map;
import java.util.UUID;

import com.alujrat.payments.Cashier;
import com.alujrat.payments.Payables;
import com.alujrat.payments.Purpose;
import com.alujrat.payments.internal.Checkout;
import com.alujrat.payments.internal.Checkouts;
import com.alujrat.payments.internal.EasypaisaGateway;
import com.alujrat.payments.internal.Gateway;
import com.alujrat.payments.internal.HandOver;
import com.alujrat.payments.internal.PaymentGateway;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Paying on the web: what is owed and a choice of gateway, the hand-over to the gateway's hosted page, the page the
 * payer returns to (it follows the checkout until the gateway has answered), the printable receipt, and the
 * sandbox gateway's own page.
 */
@Controller
class CheckoutPages {

	private final Checkouts checkouts;

	private final SandboxGateway sandbox;

	private final EasypaisaGateway easypaisa;

	private final MessageSource messages;

	private final Cashier cashier;

	private final HandOver handOvers;

	CheckoutPages(Checkouts checkouts, Cashier cashier, HandOver handOvers, SandboxGateway sandbox,
			EasypaisaGateway easypaisa, MessageSource messages) {
		this.checkouts = checkouts;
		this.handOvers = handOvers;
		this.cashier = cashier;
		this.sandbox = sandbox;
		this.easypaisa = easypaisa;
		this.messages = messages;
	}

	@GetMapping("/payments/pay")
	String pay(@RequestParam String purpose, @RequestParam UUID reference, Model model) {
		return pay(purpose, reference, "", model, FormErrors.none());
	}

	@PostMapping("/payments/pay")
	String open(@RequestParam String purpose, @RequestParam UUID reference,
			@RequestParam(required = false) String gateway, Model model) {
		try {
			Cashier.Opened opened = cashier.open(CheckoutApi.enumOf(Purpose.class, purpose, "purpose"), reference,
					gateway, me());
			return "redirect:/payments/checkouts/" + opened.checkoutId() + "/go";
		}
		catch (Rejected rejected) {
			if (!"gateway".equals(rejected.field())) {
				throw rejected;
			}
			return pay(purpose, reference, gateway, model,
					FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/payments/checkouts/{id}/go")
	String go(@PathVariable UUID id, @RequestParam(required = false) String handover, Model model) {
		Checkout checkout = payers(id, handover);
		PaymentGateway.Redirect redirect = checkouts.redirect(checkout);
		if (redirect.fields().isEmpty()) {
			return "redirect:" + redirect.url() + withToken(checkout, handover);
		}
		return handOver(redirect, checkout, model);
	}

	@GetMapping("/payments/checkouts/{id}")
	String status(@PathVariable UUID id, @RequestParam(required = false) String handover, Model model) {
		Checkout checkout = payers(id, handover);
		model.addAttribute("checkout", checkout);
		model.addAttribute("handover", withToken(checkout, handover));
		return "payments/checkout";
	}

	@GetMapping("/payments/receipts/{id}")
	String receipt(@PathVariable UUID id, Model model) {
		Checkout checkout = checkouts.seen(id, me());
		if (checkout.status() != Checkout.Status.PAID) {
			throw new NotFound("No receipt for this checkout.");
		}
		model.addAttribute("checkout", checkout);
		return "payments/receipt";
	}

	@GetMapping("/payments/sandbox/{id}")
	String sandbox(@PathVariable UUID id, @RequestParam(required = false) String handover, Model model) {
		Checkout checkout = sandboxCheckout(id, handover);
		model.addAttribute("checkout", checkout);
		model.addAttribute("handover", handOvers.admits(checkout, handover) ? handover : "");
		return "payments/sandbox";
	}

	@PostMapping("/payments/sandbox/{id}")
	String answer(@PathVariable UUID id, @RequestParam String outcome, @RequestParam(required = false) String handover,
			HttpServletRequest request) {
		Checkout checkout = sandboxCheckout(id, handover);
		PaymentGateway.Outcome pressed = CheckoutApi.enumOf(PaymentGateway.Outcome.class, outcome, "outcome");
		checkouts.receive(Gateway.SANDBOX, sandbox.answer(checkout, pressed), request.getRemoteAddr());
		return "redirect:/payments/checkouts/" + id + withToken(checkout, handover);
	}

	/**
	 * Easypaisa's first step sends the payer's browser back here with a token for its second step; the address it
	 * was given carries the checkout's hand-over token, so a browser without the payer's session gets through too.
	 */
	@GetMapping("/payments/easypaisa/{id}/token/{handover}")
	String easypaisaToken(@PathVariable UUID id, @PathVariable String handover, @RequestParam("auth_token") String token,
			Model model) {
		Checkout checkout = payers(id, handover);
		if (checkout.gateway() != Gateway.EASYPAISA || checkout.status() != Checkout.Status.PENDING || token.isBlank()
				|| token.length() > 500) {
			throw new NotFound("No such checkout.");
		}
		return handOver(easypaisa.confirmStep(checkout, token), checkout, model);
	}

	/** The query that carries a valid hand-over token on to the next page; empty for anything else. */
	private String withToken(Checkout checkout, String handover) {
		return handOvers.admits(checkout, handover) ? "?handover=" + handover : "";
	}

	private String handOver(PaymentGateway.Redirect redirect, Checkout checkout, Model model) {
		if (redirect.fields().isEmpty()) {
			return "redirect:" + redirect.url();
		}
		model.addAttribute("checkout", checkout);
		model.addAttribute("url", redirect.url());
		model.addAttribute("fields", Map.copyOf(redirect.fields()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
		return "payments/go";
	}

	/** The checkout, for its signed-in payer or a browser holding the checkout's hand-over token. */
	private Checkout payers(UUID id, String handover) {
		return checkouts.find(id)
			.filter(c -> handOvers.admits(c, handover)
					|| SignedInUser.current().map(u -> u.id().value().equals(c.payerId())).orElse(false))
			.orElseThrow(() -> new NotFound("No such checkout."));
	}

	private Checkout sandboxCheckout(UUID id, String handover) {
		Checkout checkout = payers(id, handover);
		if (checkout.gateway() != Gateway.SANDBOX || !checkouts.offered().contains(Gateway.SANDBOX)) {
			throw new NotFound("No such checkout.");
		}
		if (checkout.status() != Checkout.Status.PENDING) {
			throw Rejected.conflict("checkout.closed");
		}
		return checkout;
	}

	private String pay(String purpose, UUID reference, String gateway, Model model, FormErrors errors) {
		Purpose what = CheckoutApi.enumOf(Purpose.class, purpose, "purpose");
		Payables.Bill bill = checkouts.bill(what, reference, me());
		model.addAttribute("purpose", what.name());
		model.addAttribute("reference", reference.toString());
		model.addAttribute("bill", bill);
		model.addAttribute("gateways", checkouts.offered().stream().map(Gateway::name).toList());
		model.addAttribute("gateway", gateway != null && !gateway.isEmpty() ? gateway
				: checkouts.offered().stream().findFirst().map(Gateway::name).orElse(""));
		model.addAttribute("errors", errors);
		return "payments/pay";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
