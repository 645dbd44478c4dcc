package com.alujrat.privacy.web;

import java.util.UUID;

import com.alujrat.platform.Attachments;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.privacy.internal.Disclosures;
import com.alujrat.privacy.internal.YourData;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** LEGAL's disclosure register: record a disclosure, download its scoped export (logged), lift a prohibition. */
@Controller
class DisclosurePages {

	private final Disclosures disclosures;

	private final YourData yourData;

	private final MessageSource messages;

	DisclosurePages(Disclosures disclosures, YourData yourData, MessageSource messages) {
		this.disclosures = disclosures;
		this.yourData = yourData;
		this.messages = messages;
	}

	@GetMapping("/staff/legal/disclosures")
	String register(Model model) {
		return page(model, FormErrors.none(), new DisclosureForm(null, null, null, null, null, null, null, null));
	}

	@PostMapping("/staff/legal/disclosures")
	String record(@ModelAttribute("form") DisclosureForm form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			disclosures.record(form.entry(), me());
			return "redirect:/staff/legal/disclosures?recorded";
		}
		catch (Rejected rejected) {
			// A form that could not be bound at all comes back empty, with the message next to the field.
			return page(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()),
					form != null ? form : new DisclosureForm(null, null, null, null, null, null, null, null));
		}
	}

	@PostMapping("/staff/legal/disclosures/{id}/lift")
	String lift(@PathVariable UUID id) {
		disclosures.lift(id);
		return "redirect:/staff/legal/disclosures?lifted";
	}

	@GetMapping("/staff/legal/disclosures/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id) {
		return Downloads.of(new Attachments.File("disclosure-" + id + ".zip", "application/zip", disclosures.export(id, me())));
	}

	private String page(Model model, FormErrors errors, DisclosureForm form) {
		model.addAttribute("register", disclosures.register());
		model.addAttribute("categories", yourData.sources().stream().map(PersonalData::category).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "privacy/disclosures";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
