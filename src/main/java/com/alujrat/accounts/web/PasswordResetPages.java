package com.alujrat.accounts.web;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.platform.RateLimited;
import com.alujrat.platform.web.FormErrors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "Forgot password": ask for a link (the answer never says whether the email exists), then set a new one. */
@Controller
class PasswordResetPages {

	private final AccountSecurity security;

	private final MessageSource messages;

	PasswordResetPages(AccountSecurity security, MessageSource messages) {
		this.security = security;
		this.messages = messages;
	}

	@GetMapping("/password-reset")
	String requestForm() {
		return "accounts/password-reset-request";
	}

	record ResetRequest(String email) {

		ResetRequest {
			email = email == null ? "" : email;
		}
	}

	record NewPassword(String newPassword) {

		NewPassword {
			newPassword = newPassword == null ? "" : newPassword;
		}
	}

	@PostMapping("/password-reset")
	String request(@ModelAttribute ResetRequest form, BindingResult binding, HttpServletRequest request, Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("error", messages.getMessage("input.control", null, LocaleContextHolder.getLocale()));
			return "accounts/password-reset-request";
		}
		try {
			security.requestPasswordReset(form.email(), request.getRemoteAddr());
		}
		catch (RateLimited limited) {
			model.addAttribute("error", messages.getMessage(limited.messageKey(), limited.messageArguments(),
					LocaleContextHolder.getLocale()));
			return "accounts/password-reset-request";
		}
		model.addAttribute("titleKey", "reset.sent.title");
		model.addAttribute("messageKey", "reset.sent.body");
		return "accounts/message";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model) {
		if (!security.isResetTokenValid(token)) {
			return invalid(model);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", FormErrors.none());
		return "accounts/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String setPassword(@PathVariable String token, @ModelAttribute NewPassword form, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("token", token);
			model.addAttribute("errors", FormErrors.of(binding, messages, LocaleContextHolder.getLocale()));
			return "accounts/password-reset";
		}
		try {
			security.resetPassword(token, form.newPassword());
			return "redirect:/login?reset";
		}
		catch (AccountRejected rejected) {
			if ("token".equals(rejected.field())) {
				return invalid(model);
			}
			model.addAttribute("token", token);
			model.addAttribute("errors", FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
			return "accounts/password-reset";
		}
	}

	private static String invalid(Model model) {
		model.addAttribute("titleKey", "reset.invalid.title");
		model.addAttribute("messageKey", "reset.invalid.body");
		return "accounts/message";
	}
}
