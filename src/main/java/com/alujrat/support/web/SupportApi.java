package com.alujrat.support.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.support.internal.Tickets;
import com.alujrat.support.internal.Tickets.Entry;
import com.alujrat.support.internal.Tickets.Status;
import com.alujrat.support.internal.Tickets.Ticket;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Support tickets for the apps and for visitors (who give an email), and the staff queues. */
@RestController
@RequestMapping("/api/v1")
class SupportApi {

	private final Tickets tickets;

	SupportApi(Tickets tickets) {
		this.tickets = tickets;
	}

	record NewTicket(String email, String name, String category, String subject, String body) {
	}

	record Opened(UUID id, String reference, String status) {
	}

	record TicketItem(UUID id, String reference, String category, String subject, Status status, Integer rating,
			Instant createdAt, Instant updatedAt) {
	}

	record TicketPage(List<TicketItem> items, String next) {
	}

	record EntryItem(UUID id, boolean fromStaff, boolean internal, String body, Instant createdAt) {
	}

	record TicketDetail(TicketItem ticket, List<EntryItem> messages) {
	}

	record Reply(String body, String token) {
	}

	record StaffReply(String body, Boolean internal) {
	}

	record Rating(Integer rating, String comment, String token) {
	}

	record Assignment(UUID assigneeId) {
	}

	record StatusChange(Status status) {
	}

	@PostMapping("/support/tickets")
	@Operation(summary = "Open a support ticket (visitors give email; categories ACCOUNT, VERIFICATION, PAYMENTS, "
			+ "DISPUTES, PRIVACY, FEEDBACK, OTHER)")
	ResponseEntity<Opened> open(@RequestBody NewTicket ticket, HttpServletRequest request) {
		UserId me = SignedInUser.current().map(SignedInUser::id).orElse(null);
		Tickets.Opened opened = tickets.open(me, new Tickets.Request(ticket.email(), ticket.name(), ticket.category(),
				ticket.subject(), ticket.body()), null, request.getRemoteAddr(), LocaleContextHolder.getLocale());
		return ResponseEntity.created(URI.create("/api/v1/support/tickets/" + opened.id()))
			.body(new Opened(opened.id(), opened.reference(), Status.OPEN.name()));
	}

	@GetMapping("/me/support/tickets")
	@Operation(summary = "The signed-in user's tickets, newest first")
	TicketPage mine(@RequestParam(required = false) String after) {
		List<Ticket> page = tickets.of(SignedInUser.current().orElseThrow().id(), after);
		List<TicketItem> items = page.stream().limit(20).map(SupportApi::item).toList();
		return new TicketPage(items, page.size() > 20 ? Long.toString(page.get(19).number()) : null);
	}

	@GetMapping("/support/tickets/{id}")
	@Operation(summary = "A ticket and its replies, for its owner (or with the token a visitor was mailed)")
	TicketDetail ticket(@PathVariable UUID id, @RequestParam(required = false) String token) {
		Ticket ticket = tickets.forRequester(id, me(), token);
		return detail(ticket, tickets.thread(id, false));
	}

	@PostMapping("/support/tickets/{id}/replies")
	@Operation(summary = "Reply to one's ticket (a visitor sends the mailed token); a resolved ticket opens again")
	@ResponseStatus(HttpStatus.CREATED)
	void reply(@PathVariable UUID id, @RequestBody Reply reply) {
		tickets.reply(tickets.forRequester(id, me(), reply.token()), me(), reply.body(), null);
	}

	@PostMapping("/support/tickets/{id}/rating")
	@Operation(summary = "Rate the answer of a resolved or closed ticket, 1 to 5")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void rate(@PathVariable UUID id, @RequestBody Rating rating) {
		tickets.rate(tickets.forRequester(id, me(), rating.token()), rating.rating(), rating.comment());
	}

	@GetMapping("/staff/support/tickets")
	@Operation(summary = "A support queue (SUPPORT, or LEGAL for privacy questions), oldest waiting first")
	TicketPage queue(@RequestParam(defaultValue = "SUPPORT") String queue, @RequestParam(required = false) Status status) {
		if (!StaffTickets.roles(SignedInUser.current().orElseThrow()).contains(queue)) {
			throw com.alujrat.platform.Rejected.forbidden("queue", "support.queue.notYours");
		}
		return new TicketPage(tickets.queue(queue, status).stream().map(SupportApi::item).toList(), null);
	}

	@GetMapping("/staff/support/tickets/{id}")
	@Operation(summary = "A ticket with its replies and internal notes, for staff of its queue")
	TicketDetail staffTicket(@PathVariable UUID id) {
		return detail(staff(id), tickets.thread(id, true));
	}

	@PostMapping("/staff/support/tickets/{id}/replies")
	@Operation(summary = "Answer the requester (in the app and by mail) or add an internal note (internal=true)")
	@ResponseStatus(HttpStatus.CREATED)
	void answer(@PathVariable UUID id, @RequestBody StaffReply reply) {
		tickets.answer(staff(id), me(), reply.body(), Boolean.TRUE.equals(reply.internal()), null);
	}

	@PostMapping("/staff/support/tickets/{id}/assign")
	@Operation(summary = "Assign the ticket to a staff member of its queue (null: nobody)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
		tickets.assign(staff(id), assignment.assigneeId());
	}

	@PostMapping("/staff/support/tickets/{id}/status")
	@Operation(summary = "Set the ticket's status: OPEN, WAITING_ON_USER, RESOLVED or CLOSED")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void status(@PathVariable UUID id, @RequestBody StatusChange change) {
		if (change.status() == null) {
			throw new com.alujrat.platform.Rejected("status", "support.status.invalid");
		}
		tickets.setStatus(staff(id), change.status());
	}

	private Ticket staff(UUID id) {
		return tickets.forStaff(id, StaffTickets.roles(SignedInUser.current().orElseThrow()));
	}

	private static TicketDetail detail(Ticket ticket, List<Entry> thread) {
		return new TicketDetail(item(ticket), thread.stream()
			.map(e -> new EntryItem(e.id(), e.fromStaff(), e.internal(), e.body(), e.createdAt()))
			.toList());
	}

	private static TicketItem item(Ticket t) {
		return new TicketItem(t.id(), t.reference(), t.category().name(), t.subject(), t.status(), t.rating(),
				t.createdAt(), t.updatedAt());
	}

	private static UserId me() {
		return SignedInUser.current().map(SignedInUser::id).orElse(null);
	}
}
