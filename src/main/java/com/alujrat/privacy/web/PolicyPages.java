package com.alujrat.privacy.web;

import java.util.Locale;
import java.util.UUID;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.privacy.internal.Policies;
import com.alujrat.privacy.internal.Policies.Kind;
import com.alujrat.privacy.internal.Policies.Version;
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

/**
 * The policy documents as published: the version in force at their usual addresses, earlier versions kept and
 * viewable, LEGAL's page to publish a new one, and the banner's "I have read it".
 */
@Controller
class PolicyPages {

	private final Policies policies;

	private final Retention retention;

	private final MessageSource messages;

	PolicyPages(Policies policies, Retention retention, MessageSource messages) {
		this.policies = policies;
		this.retention = retention;
		this.messages = messages;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		return show(policies.current(Kind.PRIVACY), true, model);
	}

	@GetMapping("/terms")
	String terms(Model model) {
		return show(policies.current(Kind.TERMS), true, model);
	}

	@GetMapping("/refund-policy")
	String refunds(Model model) {
		return show(policies.current(Kind.REFUNDS), true, model);
	}

	@GetMapping("/policies/{kind}/versions")
	String versions(@PathVariable String kind, Model model) {
		Kind chosen = Kind.of(kind);
		model.addAttribute("kind", chosen);
		model.addAttribute("versions", policies.versions(chosen));
		return "privacy/policy-versions";
	}

	@GetMapping("/policies/{kind}/versions/{id}")
	String version(@PathVariable String kind, @PathVariable UUID id, Model model) {
		Version version = policies.find(Kind.of(kind), id);
		return show(version, version.id().equals(policies.current(version.kind()).id()), model);
	}

	private String show(Version version, boolean current, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("version", version);
		model.addAttribute("current", current);
		model.addAttribute("html", policies.html(version, locale));
		model.addAttribute("translated", version.translated(locale));
		model.addAttribute("retention", version.kind() == Kind.PRIVACY ? retention.rules() : java.util.List.of());
		return "privacy/policy";
	}

	/** Back to the page the banner was on, when the Referer is this site; the dashboard otherwise. */
	@PostMapping("/policies/acknowledgements")
	String acknowledge(@RequestParam UUID versionId,
			@org.springframework.web.bind.annotation.RequestHeader(value = "Referer", required = false) String referer,
			jakarta.servlet.http.HttpServletRequest request) {
		policies.acknowledge(me(), versionId);
		return "redirect:" + sameSitePath(referer, request.getServerName()).orElse("/dashboard");
	}

	private static java.util.Optional<String> sameSitePath(String referer, String host) {
		try {
			java.net.URI uri = referer == null ? null : java.net.URI.create(referer);
			if (uri == null || !host.equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/")) {
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	@GetMapping("/staff/policies")
	String staff(Model model) {
		return staffPage(model, FormErrors.none(), new PolicyForm("TERMS", "", "", "", "", false));
	}

	@PostMapping("/staff/policies")
	String publish(@org.springframework.web.bind.annotation.ModelAttribute("form") PolicyForm form,
			org.springframework.validation.BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			Kind kind = java.util.Arrays.stream(Kind.values())
				.filter(k -> k.name().equals(form.kind()))
				.findFirst()
				.orElseThrow(() -> new Rejected("kind", "policy.kind.invalid"));
			policies.publish(kind, form.version(), form.summary(), form.bodyEn(), form.bodyUr(),
					Boolean.TRUE.equals(form.material()), me());
			return "redirect:/staff/policies?published";
		}
		catch (Rejected rejected) {
			return staffPage(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()),
					form != null ? form : new PolicyForm(null, null, null, null, null, false));
		}
	}

	private String staffPage(Model model, FormErrors errors, PolicyForm form) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("latest", java.util.Arrays.stream(Kind.values()).map(policies::current).toList());
		return "privacy/staff-policies";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
