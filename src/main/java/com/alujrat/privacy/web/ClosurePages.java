package com.alujrat.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.privacy.internal.Closures;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Account → Close account, and the SUPPORT page that closes or reopens an account on its owner's request. */
@Controller
class ClosurePages {

	private final Closures closures;

	private final Accounts accounts;

	private final MessageSource messages;

	ClosurePages(Closures closures, Accounts accounts, MessageSource messages) {
		this.closures = closures;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account/close")
	String page(Model model) {
		return page(model, FormErrors.none(), "");
	}

	@PostMapping("/account/close")
	String close(@RequestParam(required = false) String password, @RequestParam(required = false) String totp,
			@RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			closures.closeOwn(me(), password, totp, reason);
		}
		catch (Rejected rejected) {
			return page(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()), reason);
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/login?closed";
	}

	private String page(Model model, FormErrors errors, String reason) {
		model.addAttribute("unsettled", closures.unsettled(me()));
		model.addAttribute("twoFactor", accounts.twoFactorOn(me()));
		model.addAttribute("hasPassword", accounts.hasPassword(me()));
		model.addAttribute("days", closures.reactivationWindow().toDays());
		model.addAttribute("errors", errors);
		model.addAttribute("reason", reason == null ? "" : reason);
		return "privacy/close";
	}

	@GetMapping("/staff/closures")
	String staff(@RequestParam(required = false) String email, Model model) {
		return staffPage(model, email, FormErrors.none());
	}

	@PostMapping("/staff/closures")
	String closeOnRequest(@RequestParam(required = false) String email, @RequestParam(required = false) String reason,
			Model model) {
		Account account = accounts.findByEmail(email).orElse(null);
		try {
			if (account == null) {
				throw new Rejected("email", "privacy.closure.noSuchAccount");
			}
			closures.closeOnRequest(account.id(), me(), reason);
			return "redirect:/staff/closures?closed&email=" + java.net.URLEncoder.encode(email,
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Rejected rejected) {
			return staffPage(model, email, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/staff/closures/reactivation")
	String reactivate(@RequestParam String email, Model model) {
		Account account = accounts.findByEmail(email).orElse(null);
		try {
			if (account == null) {
				throw new Rejected("email", "privacy.closure.noSuchAccount");
			}
			closures.reactivate(account.id(), me());
			return "redirect:/staff/closures?reactivated&email=" + java.net.URLEncoder.encode(email,
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Rejected rejected) {
			return staffPage(model, email, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	private String staffPage(Model model, String email, FormErrors errors) {
		Account account = accounts.findByEmail(email).orElse(null);
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("found", account != null);
		model.addAttribute("closed", account != null && account.status() == AccountStatus.CLOSED);
		model.addAttribute("closure", account == null ? null : closures.latest(account.id()).orElse(null));
		model.addAttribute("unsettled", account == null ? java.util.List.of() : closures.unsettled(account.id()));
		model.addAttribute("days", closures.reactivationWindow().toDays());
		model.addAttribute("errors", errors);
		return "privacy/staff-closures";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
