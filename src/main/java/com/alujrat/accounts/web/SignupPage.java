package com.alujrat.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.platform.RateLimited;
import com.alujrat.accounts.internal.Registration;
import com.alujrat.accounts.internal.SignIn;
import com.alujrat.accounts.internal.security.WebSignIn;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.web.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up: the form, its errors next to the fields, then straight to "verify your email". */
@Controller
class SignupPage {

	private final Registration registration;

	private final SignIn signIn;

	private final WebSignIn webSignIn;

	private final MessageSource messages;

	SignupPage(Registration registration, SignIn signIn, WebSignIn webSignIn, MessageSource messages) {
		this.registration = registration;
		this.signIn = signIn;
		this.webSignIn = webSignIn;
		this.messages = messages;
	}

	@GetMapping("/signup")
	String form(Model model, @org.springframework.web.bind.annotation.RequestParam(required = false) String role) {
		model.addAttribute("form", SignupForm.empty());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("preselectedRole", role == null ? "" : role);
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String submit(@Valid @ModelAttribute("form") SignupForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				var account = registration.register(
						form.applicant(Languages.supported(LocaleContextHolder.getLocale()).getLanguage()),
						request.getRemoteAddr());
				webSignIn.signIn(signIn.user(account.id().value()), request, response);
				return "redirect:/verify-email";
			}
			catch (RateLimited limited) {
				result.reject(limited.messageKey(), limited.messageArguments(), null);
			}
			catch (AccountRejected rejected) {
				FormErrors.reject(result, rejected.field(), rejected.messageKey());
			}
		}
		model.addAttribute("form", form.withoutPassword());
		model.addAttribute("errors", FormErrors.of(result, messages, LocaleContextHolder.getLocale()));
		model.addAttribute("preselectedRole", "");
		return "accounts/signup";
	}
}
