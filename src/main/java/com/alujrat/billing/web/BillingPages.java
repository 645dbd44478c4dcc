package com.alujrat.billing.web;

import java.util.UUID;

import com.alujrat.billing.Entitlements;
import com.alujrat.billing.internal.Plans;
import com.alujrat.billing.internal.Subscriptions;
import com.alujrat.payments.Cashier;
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

/** The plans page (public; signed-in people see their own plan and change it) and staff's plan editor. */
@Controller
class BillingPages {

	private final Plans plans;

	private final Subscriptions subscriptions;

	private final Entitlements entitlements;

	private final MessageSource messages;

	BillingPages(Plans plans, Subscriptions subscriptions, Entitlements entitlements, MessageSource messages) {
		this.plans = plans;
		this.subscriptions = subscriptions;
		this.entitlements = entitlements;
		this.messages = messages;
	}

	@GetMapping("/plans")
	String plans(Model model) {
		return plans(model, FormErrors.none());
	}

	@PostMapping("/plans/subscribe")
	String subscribe(@RequestParam(required = false) UUID planId, @RequestParam(required = false) String period,
			Model model) {
		try {
			Cashier.Opened opened = subscriptions.subscribe(me(), planId, period, null);
			return opened == null ? "redirect:/plans?changed" : "redirect:/payments/checkouts/" + opened.checkoutId() + "/go";
		}
		catch (Rejected rejected) {
			return plans(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/plans/renew")
	String renew(Model model) {
		try {
			return "redirect:/payments/checkouts/" + subscriptions.renew(me(), null).checkoutId() + "/go";
		}
		catch (Rejected rejected) {
			return plans(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/plans/cancel")
	String cancel(Model model) {
		try {
			subscriptions.cancel(me());
			return "redirect:/plans?cancelled";
		}
		catch (Rejected rejected) {
			return plans(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/staff/plans")
	String staffPlans(Model model) {
		model.addAttribute("plans", plans.all());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("focus", "");
		return "billing/staff-plans";
	}

	@PostMapping("/staff/plans/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) String monthlyPrice,
			@RequestParam(required = false) String yearlyPrice, @RequestParam(required = false) String monthlyBids,
			@RequestParam(required = false) String active, Model model) {
		try {
			plans.change(id, new Plans.Changes(Rupees.toPaisa(monthlyPrice, "monthlyPrice", "plan.price.invalid"),
					Rupees.toPaisa(yearlyPrice, "yearlyPrice", "plan.price.invalid"), bids(monthlyBids),
					active != null));
			return "redirect:/staff/plans?saved";
		}
		catch (Rejected rejected) {
			model.addAttribute("plans", plans.all());
			model.addAttribute("errors", FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
			model.addAttribute("focus", id.toString());
			return "billing/staff-plans";
		}
	}

	private String plans(Model model, FormErrors errors) {
		model.addAttribute("plans", plans.offered());
		model.addAttribute("current", SignedInUser.current().filter(u -> !u.isStaff())
			.map(u -> subscriptions.current(u.id())).orElse(null));
		model.addAttribute("remainingBids", SignedInUser.current().filter(u -> !u.isStaff())
			.map(u -> entitlements.remainingBids(u.id())).orElse(0));
		model.addAttribute("errors", errors);
		return "billing/plans";
	}

	private static Integer bids(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejected("monthlyBids", "plan.bids.invalid");
		}
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
