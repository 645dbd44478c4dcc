package com.alujrat.accounts.web;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.AccountSecurity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The page a minor employer's parent or guardian opens from their email to give consent. */
@Controller
class GuardianConsentPage {

	private final AccountSecurity security;

	GuardianConsentPage(AccountSecurity security) {
		this.security = security;
	}

	@GetMapping("/guardian-consent/{token}")
	String form(@PathVariable String token, Model model) {
		if (!security.isGuardianLink(token)) {
			return message(model, "consent.invalid.title", "consent.invalid.body");
		}
		model.addAttribute("token", token);
		model.addAttribute("pending", security.isGuardianConsentPending(token));
		return "accounts/guardian-consent";
	}

	/** The guardian refuses or withdraws consent: the minor's account and personal data are erased. */
	@PostMapping("/guardian-consent/{token}/withdraw")
	String withdraw(@PathVariable String token, Model model) {
		try {
			security.guardianWithdraws(token);
			return message(model, "consent.withdrawn.title", "consent.withdrawn.body");
		}
		catch (AccountRejected rejected) {
			return message(model, "consent.invalid.title", "consent.invalid.body");
		}
	}

	@PostMapping("/guardian-consent/{token}")
	String consent(@PathVariable String token, Model model) {
		try {
			security.guardianConsents(token);
			return message(model, "consent.done.title", "consent.done.body");
		}
		catch (AccountRejected rejected) {
			return message(model, "consent.invalid.title", "consent.invalid.body");
		}
	}

	private static String message(Model model, String titleKey, String messageKey) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("messageKey", messageKey);
		return "accounts/message";
	}
}
