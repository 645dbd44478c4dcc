package com.alujrat.accounts.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.alujrat.accounts.internal.SignIn;
import com.alujrat.accounts.internal.SignInRefused;
import com.alujrat.accounts.internal.User;
import com.alujrat.accounts.internal.security.WebSignIn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in by email and password, then the authenticator code when two-factor is on. */
@Controller
class LoginPage {

	private final SignIn signIn;

	private final WebSignIn webSignIn;

	private final List<String> socialProviders;

	LoginPage(SignIn signIn, WebSignIn webSignIn, ObjectProvider<ClientRegistrationRepository> registrations) {
		this.signIn = signIn;
		this.webSignIn = webSignIn;
		this.socialProviders = providers(registrations.getIfAvailable());
	}

	/** The configured providers among Google and Facebook, in that order. */
	private static List<String> providers(ClientRegistrationRepository registrations) {
		if (registrations == null) {
			return List.of();
		}
		return Stream.of("google", "facebook").filter(id -> registrations.findByRegistrationId(id) != null).toList();
	}

	@ModelAttribute("socialProviders")
	List<String> socialProviders() {
		return socialProviders;
	}

	@GetMapping("/login")
	String form(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("error", "");
		return "accounts/login";
	}

	/** The sign-in form; {@code remember-me} binds by its form name. */
	record Credentials(String email, String password) {

		// A missing field is blank, so an absent password costs the same check as a wrong one.
		Credentials {
			email = email == null ? "" : email;
			password = password == null ? "" : password;
		}
	}

	record Code(String code) {

		Code {
			code = code == null ? "" : code;
		}
	}

	@PostMapping("/login")
	String submit(@ModelAttribute Credentials form, BindingResult binding,
			@RequestParam(name = "remember-me", required = false) String rememberMe, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("email", "");
			model.addAttribute("error", "input.control");
			return "accounts/login";
		}
		String email = form.email();
		try {
			User user = signIn.check(email, form.password(), null, request.getRemoteAddr());
			webSignIn.signIn(user, request, response);
			return "redirect:/dashboard";
		}
		catch (SignInRefused refused) {
			if (refused.reason() == SignInRefused.Reason.SECOND_FACTOR_REQUIRED) {
				webSignIn.awaitSecondFactor(request, refused.pendingUser(), refused.pendingEpoch(), rememberMe != null);
				return "redirect:/login/two-factor";
			}
			model.addAttribute("email", email);
			model.addAttribute("error", errorKey(refused));
			return "accounts/login";
		}
	}

	@GetMapping("/login/two-factor")
	String codeForm(HttpSession session, Model model) {
		if (webSignIn.pending(session).isEmpty()) {
			return "redirect:/login";
		}
		model.addAttribute("error", "");
		return "accounts/login-two-factor";
	}

	@PostMapping("/login/two-factor")
	String code(@ModelAttribute Code form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		WebSignIn.Pending pending = webSignIn.pending(session).orElse(null);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		if (binding.hasErrors()) {
			model.addAttribute("error", "input.control");
			return "accounts/login-two-factor";
		}
		try {
			User user = signIn.checkSecondFactor(pending.userId(), pending.epoch(), form.code(),
					request.getRemoteAddr());
			WebSignIn.forgetPending(session);
			webSignIn.signIn(user, pending.remember() ? new RememberMeRequest(request) : request, response);
			return "redirect:/dashboard";
		}
		catch (SignInRefused refused) {
			if (refused.reason() == SignInRefused.Reason.EXPIRED) {
				WebSignIn.forgetPending(session);
				return "redirect:/login?expired";
			}
			if (refused.reason() == SignInRefused.Reason.LOCKED) {
				WebSignIn.forgetPending(session);
			}
			model.addAttribute("error", refused.reason() == SignInRefused.Reason.LOCKED ? errorKey(refused)
					: "login.error.badCode");
			return "accounts/login-two-factor";
		}
	}

	private static String errorKey(SignInRefused refused) {
		return switch (refused.reason()) {
			case LOCKED -> "login.error.locked";
			case TOO_MANY_ATTEMPTS -> "login.error.tooMany";
			case CLOSED -> "login.error.closed";
			default -> "login.error.badCredentials";
		};
	}
}
