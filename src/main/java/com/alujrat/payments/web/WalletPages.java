package com.alujrat.payments.web;

import java.time.Clock;
import java.util.UUID;

import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.Payouts;
import com.alujrat.payments.internal.Wallets;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.web.Rupees;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The wallet page (balances, earnings chart, statement and its CSV) and the payouts page. */
@Controller
class WalletPages {

	private final Wallets wallets;

	private final Payouts payouts;

	private final MessageSource messages;

	private final Clock clock;

	private final CheckoutStore checkouts;

	WalletPages(Wallets wallets, Payouts payouts, CheckoutStore checkouts, MessageSource messages, Clock clock) {
		this.wallets = wallets;
		this.checkouts = checkouts;
		this.payouts = payouts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/wallet")
	String wallet(@RequestParam(required = false) String after, Model model) {
		UserId me = me();
		model.addAttribute("balance", wallets.balance(me));
		model.addAttribute("statement", wallets.statement(me, after, 50));
		model.addAttribute("chart", EarningsChart.of(wallets.earningsByMonth(me, clock.instant())));
		model.addAttribute("payments", checkouts.paidBy(me.value(), 20));
		return "payments/wallet";
	}

	@GetMapping("/wallet/statement.csv")
	ResponseEntity<String> statement() {
		return StatementCsv.download(wallets, me());
	}

	@GetMapping("/wallet/payouts")
	String payouts(Model model) {
		return payouts(model, FormErrors.none(), new PayoutMethodForm("", "", ""), "");
	}

	@PostMapping("/wallet/payouts/methods")
	String addMethod(@RequestParam(required = false) String kind, @RequestParam(required = false) String accountTitle,
			@RequestParam(required = false) String number, @RequestParam(required = false) String password,
			Model model) {
		try {
			payouts.addMethod(me(), kind, accountTitle, number, password);
			return "redirect:/wallet/payouts?methodAdded";
		}
		catch (Rejected rejected) {
			return payouts(model, errors(rejected), new PayoutMethodForm(kind, accountTitle, number), "");
		}
	}

	@PostMapping("/wallet/payouts/methods/{id}/remove")
	String removeMethod(@PathVariable UUID id) {
		payouts.removeMethod(me(), id);
		return "redirect:/wallet/payouts";
	}

	@PostMapping("/wallet/payouts")
	String requestPayout(@RequestParam(required = false) UUID methodId, @RequestParam(required = false) String amount,
			Model model) {
		try {
			payouts.request(me(), methodId, Rupees.toPaisa(amount, "amount", "payout.amount.minimum"));
			return "redirect:/wallet/payouts?requested";
		}
		catch (Rejected rejected) {
			return payouts(model, errors(rejected), new PayoutMethodForm("", "", ""), amount);
		}
	}

	private String payouts(Model model, FormErrors errors, PayoutMethodForm method, String amount) {
		UserId me = me();
		model.addAttribute("balance", wallets.balance(me));
		model.addAttribute("methods", payouts.methods(me));
		model.addAttribute("payouts", payouts.of(me));
		model.addAttribute("now", clock.instant());
		model.addAttribute("mayWithdraw", payouts.mayWithdraw(me));
		model.addAttribute("waitDays", payouts.methodWaitDays());
		model.addAttribute("errors", errors);
		model.addAttribute("method", method);
		model.addAttribute("amount", amount == null ? "" : amount);
		return "payments/payouts";
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
