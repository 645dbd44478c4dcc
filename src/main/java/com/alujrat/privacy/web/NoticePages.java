package com.alujrat.privacy.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.web.PageNotice;
import com.alujrat.platform.web.PageNotices;
import com.alujrat.privacy.internal.PlatformNotices;
import com.alujrat.privacy.internal.ServiceProviders;
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
 * Business-transfer notices (their page with the user's choices, the banner until read, LEGAL's form) and the
 * "Service providers" page.
 */
@Controller
class NoticePages implements PageNotices {

	private final PlatformNotices notices;

	private final ServiceProviders providers;

	private final MessageSource messages;

	NoticePages(PlatformNotices notices, ServiceProviders providers, MessageSource messages) {
		this.notices = notices;
		this.providers = providers;
		this.messages = messages;
	}

	@Override
	public List<PageNotice> of(UserId user, Locale locale) {
		return notices.unread(user)
			.stream()
			.map(n -> new PageNotice("transfer-" + n.id(), n.title(locale), "/notices/" + n.id(),
					messages.getMessage("transfer.banner.read", null, locale), "/notices/" + n.id() + "/read",
					messages.getMessage("transfer.banner.done", null, locale), "back", "/notices/" + n.id()))
			.toList();
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("notice", notices.find(id));
		return "privacy/notice";
	}

	@PostMapping("/notices/{id}/read")
	String read(@PathVariable UUID id) {
		notices.read(me(), id);
		return "redirect:/notices/" + id + "?read";
	}

	@GetMapping("/service-providers")
	String providers(Model model) {
		model.addAttribute("providers", providers.providers());
		return "privacy/service-providers";
	}

	@GetMapping("/staff/legal/notices")
	String staff(Model model) {
		return staffPage(model, FormErrors.none(), new NoticeForm(null, null, null, null, null));
	}

	@PostMapping("/staff/legal/notices")
	String publish(@org.springframework.web.bind.annotation.ModelAttribute("form") NoticeForm form,
			org.springframework.validation.BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			notices.publish(form.chosenKind(), form.titleEn(), form.bodyEn(), form.titleUr(), form.bodyUr(), me());
			return "redirect:/staff/legal/notices?published";
		}
		catch (Rejected rejected) {
			return staffPage(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()),
					form != null ? form : new NoticeForm(null, null, null, null, null));
		}
	}

	private String staffPage(Model model, FormErrors errors, NoticeForm form) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("published", notices.all());
		return "privacy/staff-notices";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
