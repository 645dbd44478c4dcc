package com.alujrat.support.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.StaffRole;
import com.alujrat.notifications.Email;
import com.alujrat.notifications.Emails;
import com.alujrat.notifications.MailWriter;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.RateLimits;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.Secrets;
import com.alujrat.shared.UserId;
import com.alujrat.support.TicketOpened;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support tickets. Users and visitors open them (visitors give an email and get a link that opens the ticket without
 * an account); staff of the ticket's queue (SUPPORT, or LEGAL for privacy questions) assign, reply, note internally
 * and close; the user replies and rates the answer. Replies reach the user in the app and by mail.
 */
@Service
public class Tickets {

	static final int PAGE = 20;

	static final String FILES = "ticket-message";

	private static final Duration LINK_LIFETIME = Duration.ofDays(90);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public enum Category {
		ACCOUNT, VERIFICATION, PAYMENTS, DISPUTES, PRIVACY, FEEDBACK, OTHER
	}

	public enum Status {
		OPEN, WAITING_ON_USER, RESOLVED, CLOSED
	}

	public record Ticket(UUID id, long number, UUID userId, String email, String name, String locale, Category category,
			String queue, String subject, Status status, UUID assigneeId, Integer rating, String ratingComment,
			Instant createdAt, Instant updatedAt, boolean emailConfirmed) {

		public String reference() {
			return "T-" + number;
		}
	}

	public record Entry(UUID id, UUID authorId, boolean fromStaff, boolean internal, String body, Instant createdAt,
			List<Attachments.Attachment> files) {
	}

	/** What a visitor or user wrote; {@code email} and {@code name} count only for visitors. */
	public record Request(String email, String name, String category, String subject, String body) {
	}

	public record Opened(UUID id, String reference, String link) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Attachments attachments;

	private final Notifications notifications;

	private final MailWriter writer;

	private final Emails emails;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int ticketsPerIpPerHour;

	Tickets(JdbcClient jdbc, Accounts accounts, Attachments attachments, Notifications notifications, MailWriter writer,
			Emails emails, RateLimits limits, ApplicationEventPublisher events, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${alujrat.limits.tickets-per-ip-per-hour:20}") int ticketsPerIpPerHour) {
		this.ticketsPerIpPerHour = ticketsPerIpPerHour;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.attachments = attachments;
		this.notifications = notifications;
		this.writer = writer;
		this.emails = emails;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a ticket for a signed-in user ({@code user}) or a visitor (null, rate-limited by {@code clientKey}). */
	@Transactional
	public Opened open(UserId user, Request request, Attachments.Upload upload, String clientKey, Locale locale) {
		Category category = category(request.category());
		String subject = required("subject", request.subject(), 200);
		String body = required("body", request.body(), 10_000);
		String email;
		String name;
		if (user == null) {
			email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
			if (!EMAIL.matcher(email).matches() || email.length() > 254) {
				throw new Rejected("email", "support.email.invalid");
			}
			name = request.name() == null ? "" : request.name().strip();
			if (name.length() > 100) {
				throw new Rejected("name", "support.name.tooLong");
			}
			limits.require("ticket:" + clientKey, ticketsPerIpPerHour, Duration.ofHours(1));
			limits.require("ticket:" + com.alujrat.platform.Secrets.hash("limit:" + email.toLowerCase(java.util.Locale.ROOT)), 5,
					Duration.ofHours(1));
		}
		else {
			Account account = accounts.find(user).orElseThrow();
			email = account.email();
			name = account.fullName();
			limits.require("ticket:" + user.value(), 20, Duration.ofHours(1));
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		long number = jdbc.sql("""
				insert into support.tickets (id, user_id, email, name, locale, category, queue, subject, status, created_at,
				    updated_at, email_confirmed) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) returning number""")
			.params(id, user == null ? null : user.value(), email, name, locale.getLanguage(), category.name(),
					queue(category), subject, Timestamp.from(now), Timestamp.from(now), user != null)
			.query(Long.class)
			.single();
		add(id, user, false, false, body, upload);
		events.publishEvent(new TicketOpened(id, user, category.name()));
		String link = user == null ? link(id) : "/support/tickets/" + id;
		if (user == null) {
			// Anyone may type any address here: the mail carries none of their words, so it cannot carry spam.
			emails.send(writer.write(email, "", locale.getLanguage(), "ticketReceived", link, "T-" + number));
		}
		else {
			notifications.notify(user, Topic.SUPPORT, "ticketOpened", link, "T-" + number, subject);
		}
		return new Opened(id, "T-" + number, link);
	}

	private static String queue(Category category) {
		return category == Category.PRIVACY ? "LEGAL" : "SUPPORT";
	}

	private static Category category(String value) {
		try {
			return Category.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("category", "support.category.invalid");
		}
	}

	private static String required(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new Rejected(field, "support." + field + ".required");
		}
		if (text.length() > max) {
			throw new Rejected(field, "support." + field + ".tooLong");
		}
		return text;
	}

	/** A fresh link that opens the ticket without signing in, for 90 days; only its hash is kept. */
	private String link(UUID ticket) {
		String token = Secrets.newToken();
		jdbc.sql("insert into support.ticket_links (token_hash, ticket_id, expires_at) values (?, ?, ?)")
			.params(Secrets.hash(token), ticket, Timestamp.from(clock.instant().plus(LINK_LIFETIME)))
			.update();
		return "/support/tickets/" + ticket + "?token=" + token;
	}

	private void add(UUID ticket, UserId author, boolean fromStaff, boolean internal, String body, Attachments.Upload upload) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into support.ticket_messages (id, ticket_id, author_id, from_staff, internal, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, ticket, author == null ? null : author.value(), fromStaff, internal, body,
					Timestamp.from(clock.instant()))
			.update();
		if (upload != null) {
			attachments.add(FILES, id, author == null ? visitor(ticket) : author.value(), "file", upload.filename(),
					upload.content());
		}
	}

	/** Whom a visitor's uploads count against: their address, over all their tickets. */
	private UUID visitor(UUID ticket) {
		String email = jdbc.sql("select email from support.tickets where id = ?").param(ticket).query(String.class).single();
		return UUID.nameUUIDFromBytes(("visitor:" + email).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The ticket, for its owner (signed in) or whoever holds a valid mailed link; not found for anyone else. */
	public Ticket forRequester(UUID id, UserId user, String token) {
		Ticket ticket = find(id).orElseThrow(Tickets::notFound);
		boolean owner = user != null && ticket.userId() != null && ticket.userId().equals(user.value());
		if (owner) {
			return ticket;
		}
		if (token != null && jdbc.sql("""
				select exists (select 1 from support.ticket_links where token_hash = ? and ticket_id = ? and expires_at > ?)""")
			.params(Secrets.hash(token), id, Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single()) {
			return ticket;
		}
		throw notFound();
	}

	/** The ticket, for staff of its queue. */
	public Ticket forStaff(UUID id, Set<String> roles) {
		Ticket ticket = find(id).orElseThrow(Tickets::notFound);
		if (!roles.contains(ticket.queue())) {
			throw notFound();
		}
		return ticket;
	}

	private Optional<Ticket> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from support.tickets where id = ?").param(id).query(Ticket.class).optional();
	}

	public List<Entry> thread(UUID ticket, boolean withInternal) {
		return jdbc.sql("""
				select id, author_id, from_staff, internal, body, created_at from support.ticket_messages
				where ticket_id = ? and (? or not internal) order by created_at, id""")
			.params(ticket, withInternal)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new Entry(id, rs.getObject(2, UUID.class), rs.getBoolean(3), rs.getBoolean(4), rs.getString(5),
						rs.getTimestamp(6).toInstant(), attachments.of(FILES, id));
			})
			.list();
	}

	public Attachments.File file(UUID ticket, UUID entry, UUID fileId, boolean staff) {
		boolean visible = jdbc.sql("select exists (select 1 from support.ticket_messages where id = ? and ticket_id = ? and (? or not internal))")
			.params(entry, ticket, staff)
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw notFound();
		}
		return attachments.read(FILES, entry, fileId).orElseThrow(Tickets::notFound);
	}

	public List<Ticket> of(UserId user, String after) {
		return jdbc.sql("select " + COLUMNS + """
				 from support.tickets where user_id = ? and (cast(? as bigint) is null or number < cast(? as bigint))
				order by number desc limit ?""")
			.params(user.value(), after, after, PAGE + 1)
			.query(Ticket.class)
			.list();
	}

	/** The requester writes again: a resolved ticket opens again, a closed one takes no more. */
	@Transactional
	public void reply(Ticket ticket, UserId user, String body, Attachments.Upload upload) {
		if (ticket.status() == Status.CLOSED) {
			throw Rejected.conflict("support.closed");
		}
		String text = required("body", body, 10_000);
		limits.require("ticket-reply:" + ticket.id(), 30, Duration.ofHours(1));
		add(ticket.id(), user, false, false, text, upload);
		status(ticket.id(), Status.OPEN);
		// A visitor answered through the mailed link (a post, which mail scanners do not make): the address is theirs.
		jdbc.sql("update support.tickets set email_confirmed = true where id = ? and not email_confirmed")
			.param(ticket.id())
			.update();
	}

	/** Staff answer (the requester is told in the app and by mail) or note for colleagues only. */
	@Transactional
	public void answer(Ticket ticket, UserId staff, String body, boolean internal, Attachments.Upload upload) {
		String text = required("body", body, 10_000);
		add(ticket.id(), staff, true, internal, text, upload);
		if (internal) {
			touch(ticket.id());
			return;
		}
		if (ticket.status() == Status.OPEN) {
			status(ticket.id(), Status.WAITING_ON_USER);
		}
		else {
			touch(ticket.id());
		}
		events.publishEvent(new Answered(ticket.id(), text));
	}

	record Answered(UUID ticket, String text) {
	}

	/** Tells the requester of a staff answer: a user in the app and by mail, a visitor by mail with a fresh link. */
	@ApplicationModuleListener
	void on(Answered answered) {
		Ticket ticket = find(answered.ticket()).orElseThrow();
		if (ticket.userId() != null) {
			notifications.notify(new UserId(ticket.userId()), Topic.SUPPORT, "ticketAnswered",
					"/support/tickets/" + ticket.id(), ticket.reference(), answered.text());
		}
		else {
			// A name a visitor typed is used only once the address proved theirs.
			Email mail = writer.write(ticket.email(), ticket.emailConfirmed() ? ticket.name() : "", ticket.locale(),
					"ticketAnswered", link(ticket.id()), ticket.reference(), answered.text());
			emails.send(mail);
		}
	}

	@Transactional
	public void setStatus(Ticket ticket, Status status) {
		status(ticket.id(), status);
	}

	/** Assigns the ticket to a staff member of its queue, or to nobody. */
	@Transactional
	public void assign(Ticket ticket, UUID assignee) {
		if (assignee != null && !accounts.staffWith(StaffRole.valueOf(ticket.queue())).contains(new UserId(assignee))) {
			throw new Rejected("assigneeId", "support.assignee.invalid");
		}
		jdbc.sql("update support.tickets set assignee_id = ?, updated_at = ? where id = ?")
			.params(assignee, Timestamp.from(clock.instant()), ticket.id())
			.update();
	}

	/** The requester rates the answer of a resolved or closed ticket (again if they change their mind). */
	@Transactional
	public void rate(Ticket ticket, Integer rating, String comment) {
		if (ticket.status() != Status.RESOLVED && ticket.status() != Status.CLOSED) {
			throw Rejected.conflict("support.rate.notYet");
		}
		if (rating == null || rating < 1 || rating > 5) {
			throw new Rejected("rating", "support.rating.invalid");
		}
		String text = comment == null ? "" : comment.strip();
		if (text.length() > 1000) {
			throw new Rejected("comment", "support.comment.tooLong");
		}
		jdbc.sql("update support.tickets set rating = ?, rating_comment = ? where id = ?")
			.params(rating, text, ticket.id())
			.update();
	}

	/** A queue, oldest waiting first; {@code status} null for every ticket not closed. */
	public List<Ticket> queue(String queue, Status status) {
		return jdbc.sql("select " + COLUMNS + """
				 from support.tickets where queue = ? and (cast(? as text) is null and status <> 'CLOSED' or status = ?)
				order by updated_at limit 200""")
			.params(queue, status == null ? null : status.name(), status == null ? null : status.name())
			.query(Ticket.class)
			.list();
	}

	public List<UserId> staffOf(String queue) {
		return accounts.staffWith(StaffRole.valueOf(queue));
	}

	public String staffName(UserId staff) {
		return accounts.find(staff).map(Account::fullName).orElse("");
	}

	private void status(UUID id, Status status) {
		jdbc.sql("update support.tickets set status = ?, updated_at = ? where id = ?")
			.params(status.name(), Timestamp.from(clock.instant()), id)
			.update();
	}

	private void touch(UUID id) {
		jdbc.sql("update support.tickets set updated_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
	}

	private static NotFound notFound() {
		return new NotFound("No such ticket.");
	}

	private static final String COLUMNS = """
			id, number, user_id, email, name, locale, category, queue, subject, status, assignee_id, rating, rating_comment,
			created_at, updated_at, email_confirmed""";
}
