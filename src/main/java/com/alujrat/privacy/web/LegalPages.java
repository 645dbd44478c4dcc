package com.alujrat.privacy.web;

import java.util.UUID;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.privacy.internal.Retention;
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

/** LEGAL's desk: legal holds and the retention rules in force with what their runs did. */
@Controller
class LegalPages {

	private final Retention retention;

	private final Accounts accounts;

	private final MessageSource messages;

	LegalPages(Retention retention, Accounts accounts, MessageSource messages) {
		this.retention = retention;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/staff/legal")
	String page(Model model) {
		return page(model, FormErrors.none(), "");
	}

	@PostMapping("/staff/legal/holds")
	String hold(@RequestParam(required = false) String email, @RequestParam(required = false) String reason,
			Model model) {
		try {
			Account account = accounts.findByEmail(email)
				.orElseThrow(() -> new Rejected("email", "privacy.closure.noSuchAccount"));
			retention.hold(account.id(), reason, me());
			return "redirect:/staff/legal?held";
		}
		catch (Rejected rejected) {
			return page(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()), email);
		}
	}

	@PostMapping("/staff/legal/holds/{id}/release")
	String release(@PathVariable UUID id) {
		retention.release(id, me());
		return "redirect:/staff/legal?released";
	}

	private String page(Model model, FormErrors errors, String email) {
		model.addAttribute("holds", retention.holds()
			.stream()
			.map(h -> new HeldAccount(h.id(), accounts.find(h.user()).map(Account::email).orElse(""), h.reason(),
					h.placedAt()))
			.toList());
		model.addAttribute("rules", retention.rules());
		model.addAttribute("runs", retention.recentRuns());
		model.addAttribute("errors", errors);
		model.addAttribute("email", email == null ? "" : email);
		return "privacy/legal";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
