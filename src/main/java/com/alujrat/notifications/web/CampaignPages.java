package com.alujrat.notifications.web;

import java.util.UUID;

import com.alujrat.notifications.internal.Campaigns;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
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

/** ADMIN staff write a marketing campaign, preview it in both languages, send it to themselves, then to everyone opted in. */
@Controller
class CampaignPages {

	private final Campaigns campaigns;

	private final MessageSource messages;

	CampaignPages(Campaigns campaigns, MessageSource messages) {
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/staff/campaigns")
	String list(Model model) {
		return page(model, new CampaignForm("", "", "", ""), FormErrors.none());
	}

	@PostMapping("/staff/campaigns")
	String write(CampaignForm form, Model model) {
		try {
			UUID id = campaigns.write(me(), form.subjectEn(), form.bodyEn(), form.subjectUr(), form.bodyUr());
			return "redirect:/staff/campaigns/" + id;
		}
		catch (Rejected rejected) {
			return page(model, form, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/staff/campaigns/{id}")
	String preview(@PathVariable UUID id, Model model) {
		model.addAttribute("campaign", campaigns.find(id));
		model.addAttribute("english", campaigns.preview(id, me(), "en"));
		model.addAttribute("urdu", campaigns.preview(id, me(), "ur"));
		return "notifications/campaign";
	}

	@PostMapping("/staff/campaigns/{id}/test")
	String test(@PathVariable UUID id) {
		campaigns.testSend(id, me());
		return "redirect:/staff/campaigns/" + id + "?tested";
	}

	@PostMapping("/staff/campaigns/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) String confirm) {
		if (!"yes".equals(confirm)) {
			return "redirect:/staff/campaigns/" + id + "?confirm";
		}
		try {
			return "redirect:/staff/campaigns/" + id + "?sent=" + campaigns.send(id);
		}
		catch (Rejected rejected) {
			return "redirect:/staff/campaigns/" + id + "?already";
		}
	}

	private String page(Model model, CampaignForm form, FormErrors errors) {
		model.addAttribute("campaigns", campaigns.newestFirst());
		model.addAttribute("f", form);
		model.addAttribute("errors", errors);
		return "notifications/campaigns";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
