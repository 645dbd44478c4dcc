package com.alujrat.privacy.web;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.privacy.internal.Erasures;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** SUPPORT or LEGAL mark an account as an unsupervised minor's: it is terminated and the person's data erased. */
@Controller
class MinorPages {

	private final Erasures erasures;

	private final Accounts accounts;

	private final MessageSource messages;

	MinorPages(Erasures erasures, Accounts accounts, MessageSource messages) {
		this.erasures = erasures;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/staff/minors")
	String page(Model model) {
		return page(model, FormErrors.none(), "");
	}

	@PostMapping("/staff/minors")
	String erase(@RequestParam(required = false) String email, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirm, Model model) {
		try {
			if (!confirm) {
				throw new Rejected("confirm", "minor.staff.confirmRequired");
			}
			Account account = accounts.findByEmail(email)
				.orElseThrow(() -> new Rejected("email", "privacy.closure.noSuchAccount"));
			erasures.eraseMinor(account.id(), me(), reason);
			return "redirect:/staff/minors?erased";
		}
		catch (Rejected rejected) {
			return page(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()), email);
		}
	}

	private String page(Model model, FormErrors errors, String email) {
		model.addAttribute("errors", errors);
		model.addAttribute("email", email == null ? "" : email);
		return "privacy/minors";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
