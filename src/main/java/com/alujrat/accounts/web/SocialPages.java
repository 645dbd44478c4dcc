package com.alujrat.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.SignInRefused;
import com.alujrat.accounts.internal.SocialIdentity;
import com.alujrat.accounts.internal.SocialSignIn;
import com.alujrat.accounts.internal.User;
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

/** The steps after Google or Facebook: finishing sign-up, or proving the password of an existing account. */
@Controller
class SocialPages {

	private final SocialSignIn social;

	private final WebSignIn webSignIn;

	private final MessageSource messages;

	SocialPages(SocialSignIn social, WebSignIn webSignIn, MessageSource messages) {
		this.social = social;
		this.webSignIn = webSignIn;
		this.messages = messages;
	}

	@GetMapping("/signup/social")
	String signupForm(HttpSession session, Model model) {
		if (!(session.getAttribute(SocialIdentity.PENDING) instanceof SocialIdentity identity)) {
			return "redirect:/login";
		}
		return signupPage(model, identity, SocialSignupForm.empty(), FormErrors.none());
	}

	@PostMapping("/signup/social")
	String signup(@Valid @ModelAttribute("form") SocialSignupForm form, BindingResult result, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(session.getAttribute(SocialIdentity.PENDING) instanceof SocialIdentity identity)) {
			return "redirect:/login";
		}
		if (!result.hasErrors()) {
			try {
				User user = social.register(identity,
						form.applicant(identity, Languages.supported(LocaleContextHolder.getLocale()).getLanguage()));
				session.removeAttribute(SocialIdentity.PENDING);
				webSignIn.signIn(user, request, response);
				return user.isEmailVerified() ? "redirect:/dashboard" : "redirect:/verify-email";
			}
			catch (AccountRejected rejected) {
				FormErrors.reject(result, rejected.field(), rejected.messageKey());
			}
		}
		return signupPage(model, identity, form, FormErrors.of(result, messages, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/login/link")
	String linkForm(HttpSession session, Model model) {
		if (!(session.getAttribute(SocialIdentity.PENDING) instanceof SocialIdentity identity)) {
			return "redirect:/login";
		}
		return linkPage(model, identity, "");
	}

	/** The link form: the account's password, and its code when two-factor is on. */
	record LinkForm(String password, String code) {

		LinkForm {
			password = password == null ? "" : password;
		}
	}

	@PostMapping("/login/link")
	String link(@ModelAttribute LinkForm form, BindingResult binding, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!(session.getAttribute(SocialIdentity.PENDING) instanceof SocialIdentity identity)) {
			return "redirect:/login";
		}
		if (binding.hasErrors()) {
			return linkPage(model, identity, "input.control");
		}
		try {
			User user = social.linkWithPassword(identity, form.password(), form.code(), request.getRemoteAddr());
			session.removeAttribute(SocialIdentity.PENDING);
			webSignIn.signIn(user, request, response);
			return "redirect:/dashboard";
		}
		catch (SignInRefused refused) {
			String error = switch (refused.reason()) {
				case SECOND_FACTOR_REQUIRED -> "social.link.needsCode";
				case LOCKED -> "login.error.locked";
				case TOO_MANY_ATTEMPTS -> "login.error.tooMany";
				case CLOSED -> "login.error.closed";
				default -> "login.error.badCredentials";
			};
			return linkPage(model, identity, error);
		}
	}

	private static String signupPage(Model model, SocialIdentity identity, SocialSignupForm form, FormErrors errors) {
		model.addAttribute("identity", identity);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "accounts/social-signup";
	}

	private static String linkPage(Model model, SocialIdentity identity, String error) {
		model.addAttribute("identity", identity);
		model.addAttribute("error", error);
		return "accounts/social-link";
	}
}
