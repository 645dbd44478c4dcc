package com.alujrat.privacy.web;

import java.util.UUID;

import com.alujrat.platform.Attachments;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.privacy.internal.DataExports;
import com.alujrat.privacy.internal.YourData;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Account → Your data: what is held and where to correct it, copies to download, and who on staff saw it. */
@Controller
class DataPages {

	private final YourData yourData;

	private final DataExports exports;

	private final MessageSource messages;

	private final com.alujrat.privacy.internal.Disclosures disclosures;

	private final com.alujrat.accounts.Accounts accounts;

	DataPages(YourData yourData, DataExports exports, MessageSource messages,
			com.alujrat.privacy.internal.Disclosures disclosures, com.alujrat.accounts.Accounts accounts) {
		this.accounts = accounts;
		this.disclosures = disclosures;
		this.yourData = yourData;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/account/data")
	String page(Model model) {
		return page(model, FormErrors.none());
	}

	@PostMapping("/account/data/exports")
	String requestExport(@RequestParam(required = false) String password, Model model) {
		try {
			exports.request(me(), password);
			return "redirect:/account/data?requested#exports";
		}
		catch (Rejected rejected) {
			return page(model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	/** The exports list alone: the page fetches it again every few seconds while one is being built. */
	@GetMapping("/account/data/exports")
	String exportsFragment(Model model) {
		model.addAttribute("exports", exports.of(me()));
		model.addAttribute("now", java.time.Instant.now());
		return "privacy/exports";
	}

	@GetMapping("/account/data/exports/{id}/download")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return Downloads.of(new Attachments.File("al-ujrat-data.zip", "application/zip", exports.download(id, me())));
	}

	@GetMapping("/account/access-log")
	String accessLog(Model model) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("looks", yourData.accessLog(me(), disclosures.gagged(me()))
			.stream()
			.map(look -> new com.alujrat.platform.StaffAccess.Look(look.at(), look.role(), look.what(),
					messages.getMessage("staff.purpose." + look.purpose(), null, look.purpose(), locale)))
			.toList());
		model.addAttribute("disclosures", disclosures.about(me()));
		return "privacy/access-log";
	}

	private String page(Model model, FormErrors errors) {
		model.addAttribute("categories", yourData.of(me()));
		model.addAttribute("exports", exports.of(me()));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("errors", errors);
		model.addAttribute("hasPassword", accounts.hasPassword(me()));
		return "privacy/data";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
