package com.alujrat.support.web;

import java.util.UUID;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.Uploads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.shared.SignedInUser;
import com.alujrat.support.internal.Tickets;
import com.alujrat.support.internal.Tickets.Status;
import com.alujrat.support.internal.Tickets.Ticket;

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

/** The support queues: SUPPORT staff see the general one, LEGAL staff the privacy questions. */
@Controller
class StaffSupportPages {

	private final Tickets tickets;

	private final MessageSource messages;

	StaffSupportPages(Tickets tickets, MessageSource messages) {
		this.tickets = tickets;
		this.messages = messages;
	}

	@GetMapping("/staff/support")
	String queue(@RequestParam(required = false) String queue, @RequestParam(required = false) Status status,
			Model model) {
		java.util.Set<String> mine = StaffTickets.roles(me());
		if (mine.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("Support queues need SUPPORT or LEGAL");
		}
		String chosen = queue != null && mine.contains(queue) ? queue : mine.contains("SUPPORT") ? "SUPPORT" : "LEGAL";
		model.addAttribute("queue", chosen);
		model.addAttribute("status", status);
		model.addAttribute("tickets", tickets.queue(chosen, status));
		return "support/staff-queue";
	}

	@GetMapping("/staff/support/{id}")
	String ticket(@PathVariable UUID id, Model model) {
		return page(ticket(id), model, FormErrors.none());
	}

	@PostMapping("/staff/support/{id}/replies")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(defaultValue = "false") boolean internal, @RequestParam(required = false) MultipartFile file,
			Model model) {
		Ticket ticket = ticket(id);
		try {
			tickets.answer(ticket, me().id(), body, internal, Uploads.of(file));
			return "redirect:/staff/support/" + id + "?answered";
		}
		catch (Rejected rejected) {
			return page(ticket, model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/staff/support/{id}/status")
	String status(@PathVariable UUID id, @RequestParam Status status) {
		tickets.setStatus(ticket(id), status);
		return "redirect:/staff/support/" + id + "?saved";
	}

	@PostMapping("/staff/support/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) UUID assigneeId, Model model) {
		Ticket ticket = ticket(id);
		try {
			tickets.assign(ticket, assigneeId);
			return "redirect:/staff/support/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return page(ticket, model, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/staff/support/{id}/messages/{entry}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID entry, @PathVariable UUID fileId) {
		ticket(id);
		return Downloads.of(tickets.file(id, entry, fileId, true));
	}

	private Ticket ticket(UUID id) {
		return tickets.forStaff(id, StaffTickets.roles(me()));
	}

	private String page(Ticket ticket, Model model, FormErrors errors) {
		model.addAttribute("ticket", ticket);
		model.addAttribute("thread", tickets.thread(ticket.id(), true));
		model.addAttribute("staff", StaffTickets.names(tickets, ticket.queue()));
		model.addAttribute("errors", errors);
		return "support/staff-ticket";
	}

	private static SignedInUser me() {
		return SignedInUser.current().orElseThrow();
	}
}
