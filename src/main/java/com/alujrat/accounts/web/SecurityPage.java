package com.alujrat.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.accounts.internal.SocialSignIn;
import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.accounts.internal.User;
import com.alujrat.accounts.internal.WebSessions;
import com.alujrat.accounts.internal.security.SessionRefresher;
import com.alujrat.accounts.internal.security.WebSignIn;
import com.alujrat.platform.RateLimited;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.shared.SignedInUser;

import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.validation.BindingResult;

/**
 * Account → Security: active sessions with sign-out, password change and two-factor set-up. Every change asks
 * for the current password again.
 */
@Controller
class SecurityPage {

	private static final String SETUP_STARTED = SecurityPage.class.getName() + ".setup";

	private final AccountDirectory directory;

	private final AccountSecurity security;

	private final TwoFactor twoFactor;

	private final WebSessions sessions;

	private final WebSignIn webSignIn;

	private final SessionRefresher refresher;

	private final SocialSignIn social;

	SecurityPage(AccountDirectory directory, AccountSecurity security, TwoFactor twoFactor, WebSessions sessions,
			WebSignIn webSignIn, SessionRefresher refresher, SocialSignIn social) {
		this.refresher = refresher;
		this.social = social;
		this.directory = directory;
		this.security = security;
		this.twoFactor = twoFactor;
		this.sessions = sessions;
		this.webSignIn = webSignIn;
	}

	/** Every form of the page; what a form does not send is blank. */
	record SecurityForm(String currentPassword, String newPassword, String newEmail, String code) {

		SecurityForm {
			currentPassword = currentPassword == null ? "" : currentPassword;
			newPassword = newPassword == null ? "" : newPassword;
			newEmail = newEmail == null ? "" : newEmail;
			code = code == null ? "" : code;
		}
	}

	@GetMapping("/account/security")
	String page(HttpSession session, Model model) {
		return render(session, model, "", "", "");
	}

	@PostMapping("/account/security/password")
	String changePassword(@ModelAttribute SecurityForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		User user = user();
		try {
			FormErrors.requireBound(binding);
			security.changePassword(user, form.currentPassword(), form.newPassword());
		}
		catch (Rejected rejected) {
			return render(request.getSession(), model, "", messageKey(rejected), "");
		}
		// Every session ended with the change; this browser continues in a fresh one.
		request.getSession().invalidate();
		webSignIn.signIn(directory.user(user.userId()).orElseThrow(), request, response);
		return "redirect:/account/security?passwordChanged";
	}

	@PostMapping("/account/security/email")
	String changeEmail(@ModelAttribute SecurityForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			FormErrors.requireBound(binding);
			security.changeEmail(user(), form.currentPassword(), form.newEmail());
		}
		catch (Rejected rejected) {
			model.addAttribute("emailError", messageKey(rejected));
			return render(request.getSession(), model, "", "", "");
		}
		refresher.refresh(request, response);
		return "redirect:/verify-email";
	}

	@PostMapping("/account/security/sessions/{id}/end")
	String endSession(@PathVariable String id, HttpSession session) {
		sessions.end(user().getId(), id);
		return "redirect:/account/security";
	}

	@PostMapping("/account/security/social/{provider}/unlink")
	String unlink(@PathVariable String provider, HttpSession session, Model model) {
		try {
			social.unlink(user(), provider);
		}
		catch (Rejected rejected) {
			model.addAttribute("socialError", messageKey(rejected));
			return render(session, model, "", "", "");
		}
		return "redirect:/account/security?unlinked";
	}

	/** Where a staff member without two-factor lands (with 403) from any staff page. */
	@RequestMapping("/account/security/staff-two-factor")
	String staffNeedTwoFactor(Model model) {
		model.addAttribute("titleKey", "security.staffTwoFactor.title");
		model.addAttribute("messageKey", "security.staffTwoFactor.body");
		model.addAttribute("actionUrl", "/account/security#two-factor");
		model.addAttribute("actionKey", "security.twoFactor.enable");
		return "accounts/message";
	}

	@PostMapping("/account/security/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
		security.signOutEverywhere(user());
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/login?signedOutEverywhere";
	}

	@PostMapping("/account/security/two-factor/start")
	String startTwoFactor(@ModelAttribute SecurityForm form, BindingResult binding, HttpSession session,
			Model model) {
		User user = user();
		TwoFactor.Setup setup;
		try {
			FormErrors.requireBound(binding);
			security.requirePassword(user, form.currentPassword());
			setup = twoFactor.begin(user);
		}
		catch (Rejected rejected) {
			return render(session, model, "", "", messageKey(rejected));
		}
		session.setAttribute(SETUP_STARTED, Boolean.TRUE);
		model.addAttribute("setup", setup);
		model.addAttribute("error", "");
		return "accounts/two-factor-setup";
	}

	@PostMapping("/account/security/two-factor/confirm")
	String confirmTwoFactor(@ModelAttribute SecurityForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		if (session.getAttribute(SETUP_STARTED) == null) {
			return "redirect:/account/security";
		}
		try {
			FormErrors.requireBound(binding);
			List<String> codes = twoFactor.confirm(user(), form.code(), session.getId(), null);
			session.removeAttribute(SETUP_STARTED);
			// Other sessions ended with the change; this one carries on at the new security epoch.
			webSignIn.signIn(user(), request, response);
			model.addAttribute("codes", codes);
			return "accounts/recovery-codes";
		}
		catch (Rejected rejected) {
			model.addAttribute("setup", null);
			model.addAttribute("error", messageKey(rejected));
			return "accounts/two-factor-setup";
		}
	}

	@PostMapping("/account/security/two-factor/disable")
	String disableTwoFactor(@ModelAttribute SecurityForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		User user = user();
		try {
			FormErrors.requireBound(binding);
			security.requirePassword(user, form.currentPassword());
			twoFactor.disable(user, form.code());
		}
		catch (Rejected rejected) {
			return render(session, model, "", "", messageKey(rejected));
		}
		webSignIn.signIn(user(), request, response);
		return "redirect:/account/security?twoFactorOff";
	}

	private String render(HttpSession session, Model model, String notice, String passwordError,
			String twoFactorError) {
		User user = user();
		model.addAttribute("sessions", sessions.of(user.getId(), session.getId()));
		model.addAttribute("twoFactorOn", user.isTotpEnabled());
		model.addAttribute("recoveryCodesLeft", user.isTotpEnabled() ? twoFactor.unusedRecoveryCodes(user) : 0);
		model.addAttribute("notice", notice);
		model.addAttribute("passwordError", passwordError);
		model.addAttribute("twoFactorError", twoFactorError);
		model.addAttribute("email", user.getEmail());
		if (!model.containsAttribute("emailError")) {
			model.addAttribute("emailError", "");
		}
		if (!model.containsAttribute("socialError")) {
			model.addAttribute("socialError", "");
		}
		model.addAttribute("identities", social.linked(user.getId()));
		return "accounts/security";
	}

	/** A refusal's message for this page; past a limit, one without the minutes (the page shows plain keys). */
	private static String messageKey(Rejected rejected) {
		return rejected instanceof RateLimited ? "limit.tryLater" : rejected.messageKey();
	}

	private User user() {
		return directory.user(SignedInUser.current().orElseThrow().id()).orElseThrow();
	}
}
