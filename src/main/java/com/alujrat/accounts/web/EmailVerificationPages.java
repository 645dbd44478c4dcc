package com.alujrat.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.accounts.internal.User;
import com.alujrat.accounts.internal.security.SessionRefresher;
import com.alujrat.shared.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Verify your email": the only page an unverified user sees, the link from the mail, and resending it. */
@Controller
class EmailVerificationPages {

	private final AccountSecurity security;

	private final SessionRefresher refresher;

	EmailVerificationPages(AccountSecurity security, SessionRefresher refresher) {
		this.security = security;
		this.refresher = refresher;
	}

	@GetMapping("/verify-email")
	String waiting(Model model) {
		SignedInUser user = SignedInUser.current().orElseThrow();
		if (user.emailVerified()) {
			return "redirect:/dashboard";
		}
		model.addAttribute("notice", "");
		return "accounts/verify-email";
	}

	@PostMapping("/verify-email/resend")
	String resend(Model model) {
		SignedInUser user = SignedInUser.current().orElseThrow();
		boolean sent = security.resendVerification(user.id().value());
		model.addAttribute("notice", sent ? "verify.resent" : "verify.resendLimited");
		return "accounts/verify-email";
	}

	/**
	 * The link from the mail only shows a button: mail scanners open links, so only the person's POST verifies.
	 */
	@GetMapping("/verify-email/{token}")
	String confirmForm(@PathVariable String token, Model model) {
		if (!security.isVerificationTokenValid(token)) {
			return invalid(model);
		}
		model.addAttribute("token", token);
		return "accounts/verify-email-confirm";
	}

	@PostMapping("/verify-email/{token}")
	String verify(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			User user = security.verifyEmail(token);
			boolean sameUser = SignedInUser.current().map(u -> u.id().equals(user.userId())).orElse(false);
			if (sameUser) {
				refresher.refresh(request, response);
				return "redirect:/dashboard?verified";
			}
			return "redirect:/login?verified";
		}
		catch (AccountRejected rejected) {
			return invalid(model);
		}
	}

	private static String invalid(Model model) {
		model.addAttribute("titleKey", "verify.invalid.title");
		model.addAttribute("messageKey", "verify.invalid.body");
		return "accounts/message";
	}
}
