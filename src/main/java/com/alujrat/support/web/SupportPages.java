package com.alujrat.support.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.web.Uploads;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.support.internal.Tickets;
import com.alujrat.support.internal.Tickets.Category;
import com.alujrat.support.internal.Tickets.Ticket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** "Contact us", the help page, a user's tickets and one ticket's thread (also through a mailed link). */
@Controller
class SupportPages {

	private final Tickets tickets;

	private final MessageSource messages;

	private final String supportEmail;

	private final String privacyEmail;

	SupportPages(Tickets tickets, MessageSource messages,
			@Value("${alujrat.support.email:support@alujrat.com}") String supportEmail,
			@Value("${alujrat.support.privacy-email:privacy@alujrat.com}") String privacyEmail) {
		this.tickets = tickets;
		this.messages = messages;
		this.supportEmail = supportEmail;
		this.privacyEmail = privacyEmail;
	}

	@GetMapping("/contact")
	String contact(@RequestParam(required = false) String category, Model model) {
		return contactPage(model, new ContactForm("", "", category == null ? "OTHER" : category, "", ""),
				FormErrors.none());
	}

	@PostMapping("/contact")
	String write(ContactForm form, @RequestParam(required = false) MultipartFile file, HttpServletRequest request,
			Model model) {
		try {
			Tickets.Opened opened = tickets.open(me(), new Tickets.Request(form.email(), form.name(), form.category(),
					form.subject(), form.body()), Uploads.of(file), request.getRemoteAddr(), LocaleContextHolder.getLocale());
			if (me() != null) {
				return "redirect:/support/tickets/" + opened.id() + "?opened";
			}
			model.addAttribute("reference", opened.reference());
			model.addAttribute("email", form.email().strip());
			return "support/sent";
		}
		catch (Rejected rejected) {
			return contactPage(model, form, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	private String contactPage(Model model, ContactForm form, FormErrors errors) {
		model.addAttribute("f", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("supportEmail", supportEmail);
		model.addAttribute("privacyEmail", privacyEmail);
		return "support/contact";
	}

	@GetMapping("/help")
	String help() {
		return "support/help";
	}

	@GetMapping("/support/tickets")
	String mine(@RequestParam(required = false) String after, Model model) {
		List<Ticket> page = tickets.of(signedIn(), after);
		model.addAttribute("tickets", page.stream().limit(20).toList());
		model.addAttribute("next", page.size() > 20 ? Long.toString(page.get(19).number()) : null);
		return "support/tickets";
	}

	@GetMapping("/support/tickets/{id}")
	String ticket(@PathVariable UUID id, @RequestParam(required = false) String token, Model model) {
		return ticketPage(tickets.forRequester(id, me(), token), token, model, FormErrors.none());
	}

	@PostMapping("/support/tickets/{id}/replies")
	String reply(@PathVariable UUID id, @RequestParam(required = false) String token,
			@RequestParam(required = false) String body, @RequestParam(required = false) MultipartFile file, Model model) {
		Ticket ticket = tickets.forRequester(id, me(), token);
		try {
			tickets.reply(ticket, me(), body, Uploads.of(file));
			return "redirect:" + back(id, token) + "replied";
		}
		catch (Rejected rejected) {
			return ticketPage(ticket, token, model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/support/tickets/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam(required = false) String token,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment, Model model) {
		Ticket ticket = tickets.forRequester(id, me(), token);
		try {
			tickets.rate(ticket, rating, comment);
			return "redirect:" + back(id, token) + "rated";
		}
		catch (Rejected rejected) {
			return ticketPage(ticket, token, model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/support/tickets/{id}/messages/{entry}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID entry, @PathVariable UUID fileId,
			@RequestParam(required = false) String token) {
		tickets.forRequester(id, me(), token);
		return Downloads.of(tickets.file(id, entry, fileId, false));
	}

	private static String back(UUID id, String token) {
		return "/support/tickets/" + id + (token == null ? "?" : "?token=" + token + "&");
	}

	private String ticketPage(Ticket ticket, String token, Model model, FormErrors errors) {
		model.addAttribute("ticket", ticket);
		model.addAttribute("thread", tickets.thread(ticket.id(), false));
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return "support/ticket";
	}


	private static UserId me() {
		return SignedInUser.current().map(SignedInUser::id).orElse(null);
	}

	private static UserId signedIn() {
		return SignedInUser.current().orElseThrow().id();
	}
}
