package com.alujrat.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.AccountType;
import com.alujrat.accounts.Accounts;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.Contracts;
import com.alujrat.contracts.Contracts.Parties;
import com.alujrat.messaging.internal.Conversation.Context;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.projects.Hiring;
import com.alujrat.projects.ProjectId;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may talk to whom, and the conversations a user is in. An employer may start one with a freelancer who bid on
 * their project or whom they invited to it; either party of a contract or a service order may start one about it. A
 * freelancer may not write first to an employer they have no contract with. Nobody writes to someone who blocked them.
 */
@Service
public class Conversations {

	static final int PAGE = 20;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Hiring hiring;

	private final Contracts contracts;

	private final Clock clock;

	Conversations(JdbcClient jdbc, Accounts accounts, Hiring hiring, Contracts contracts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.hiring = hiring;
		this.contracts = contracts;
		this.clock = clock;
	}

	/** A conversation as a list shows it to one of its participants. */
	public record Summary(UUID id, String title, Context context, UUID contextId, UUID otherId, Instant lastMessageAt,
			int unread, boolean archived) {
	}

	public record Started(UUID id, boolean created) {
	}

	public record Page(List<Summary> items, String next) {
	}

	/** Starts a conversation, or answers the one these two already have about this thing. */
	@Transactional
	public Started start(UserId caller, UUID participantId, UUID projectId, UUID contractId, UUID orderId) {
		int contexts = (projectId != null ? 1 : 0) + (contractId != null ? 1 : 0) + (orderId != null ? 1 : 0);
		if (contexts != 1) {
			throw new Rejected("projectId", "messaging.start.oneContext");
		}
		if (participantId == null) {
			throw new Rejected("participantId", "messaging.start.participant");
		}
		UserId participant = new UserId(participantId);
		Account me = accounts.find(caller).orElseThrow();
		Account other = accounts.find(participant)
			.filter(a -> a.status() != AccountStatus.CLOSED && a.type() != AccountType.STAFF)
			.orElseThrow(() -> new Rejected("participantId", "messaging.start.participant"));
		if (me.type() == AccountType.STAFF) {
			throw Rejected.forbidden("participantId", "messaging.start.staff");
		}
		if (caller.equals(participant)) {
			throw new Rejected("participantId", "messaging.start.self");
		}
		Pair pair = projectId != null ? aboutProject(me, other, new ProjectId(projectId))
				: aboutContract(caller, participant, contractId != null
						? contracts.parties(new ContractId(contractId)).map(p -> withContext(p, Context.CONTRACT, contractId))
						: contracts.ofOrder(orderId).map(p -> withContext(p, Context.ORDER, orderId)));
		Optional<UUID> existing = find(pair);
		if (existing.isPresent()) {
			return new Started(existing.get(), false);
		}
		if (pair.freelancerWritesFirst) {
			throw Rejected.forbidden("participantId", "messaging.start.freelancerFirst");
		}
		requireNotBlocked(caller, participant);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into messaging.conversations (id, employer_id, freelancer_id, context, context_id, title, created_at,
				    last_message_at) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (employer_id, freelancer_id, context, context_id) do nothing""")
			.params(id, pair.employer.value(), pair.freelancer.value(), pair.context.name(), pair.contextId, pair.title,
					Timestamp.from(now), Timestamp.from(now))
			.update();
		Optional<UUID> made = find(pair);
		if (!made.get().equals(id)) {
			return new Started(made.get(), false);
		}
		join(id, pair.employer, "EMPLOYER", null);
		join(id, pair.freelancer, "FREELANCER", null);
		return new Started(id, true);
	}

	private record Pair(UserId employer, UserId freelancer, Context context, UUID contextId, String title,
			boolean freelancerWritesFirst) {
	}

	private Pair aboutProject(Account me, Account other, ProjectId project) {
		boolean employerAsks = me.type() == AccountType.EMPLOYER;
		UserId employer = employerAsks ? me.id() : other.id();
		UserId freelancer = employerAsks ? other.id() : me.id();
		String title = hiring.met(project, employer, freelancer)
			.orElseThrow(() -> Rejected.forbidden("projectId", "messaging.start.notMet"));
		return new Pair(employer, freelancer, Context.PROJECT, project.value(), title, !employerAsks);
	}

	private static Pair withContext(Parties parties, Context context, UUID contextId) {
		return new Pair(parties.employer(), parties.freelancer(), context, contextId, parties.title(), false);
	}

	private static Pair aboutContract(UserId caller, UserId participant, Optional<Pair> found) {
		return found
			.filter(p -> (p.employer.equals(caller) && p.freelancer.equals(participant))
					|| (p.freelancer.equals(caller) && p.employer.equals(participant)))
			.orElseThrow(() -> Rejected.forbidden("contractId", "messaging.start.notParties"));
	}

	private Optional<UUID> find(Pair pair) {
		return jdbc.sql("""
				select id from messaging.conversations
				where employer_id = ? and freelancer_id = ? and context = ? and context_id = ?""")
			.params(pair.employer.value(), pair.freelancer.value(), pair.context.name(), pair.contextId)
			.query(UUID.class)
			.optional();
	}

	void join(UUID conversation, UserId user, String role, String reason) {
		jdbc.sql("""
				insert into messaging.participants (conversation_id, user_id, role, joined_at, join_reason)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(conversation, user.value(), role, Timestamp.from(clock.instant()), reason)
			.update();
	}

	/** Refused when either of the two has blocked the other. */
	void requireNotBlocked(UserId one, UserId other) {
		boolean blocked = jdbc.sql("""
				select exists (select 1 from messaging.blocks where (blocker_id = :one and blocked_id = :other)
				    or (blocker_id = :other and blocked_id = :one))""")
			.param("one", one.value())
			.param("other", other.value())
			.query(Boolean.class)
			.single();
		if (blocked) {
			throw new Rejected("participantId", "messaging.blocked", HttpStatus.FORBIDDEN, "blocked");
		}
	}

	/**
	 * The conversation, for its two parties, and for SUPPORT staff who joined it while the report or dispute they
	 * joined for is open (each such look is logged with that purpose); not found for anyone else.
	 */
	public Conversation seen(UUID id, UserId user) {
		record Seat(String role, String joinReason) {
		}
		Seat seat = jdbc.sql("select role, join_reason from messaging.participants where conversation_id = ? and user_id = ?")
			.params(id, user.value())
			.query(Seat.class)
			.optional()
			.orElseThrow(Conversations::notFound);
		Conversation conversation = find(id).orElseThrow(Conversations::notFound);
		if ("STAFF".equals(seat.role())) {
			boolean supportNow = SignedInUser.current().filter(u -> u.id().equals(user)).map(u -> u.actsAsStaff("SUPPORT"))
				.orElse(false);
			if (!supportNow || !stillOpen(seat.joinReason())) {
				throw notFound();
			}
			jdbc.sql("insert into messaging.staff_views (staff_id, conversation_id, purpose, viewed_at) values (?, ?, ?, ?)")
				.params(user.value(), id, seat.joinReason(), Timestamp.from(clock.instant()))
				.update();
		}
		return conversation;
	}

	/** Whether what staff joined for ("REPORT:<id>", "DISPUTE:<contract>") is still open. */
	private boolean stillOpen(String joinReason) {
		int colon = joinReason == null ? -1 : joinReason.indexOf(':');
		if (colon < 0) {
			return false;
		}
		UUID reference = UUID.fromString(joinReason.substring(colon + 1));
		return switch (joinReason.substring(0, colon)) {
			case "REPORT" -> jdbc.sql("select exists (select 1 from messaging.reports where id = ? and status = 'OPEN')")
				.param(reference)
				.query(Boolean.class)
				.single();
			case "DISPUTE" -> contracts.inDispute(new ContractId(reference));
			default -> false;
		};
	}

	private static NotFound notFound() {
		return new NotFound("No such conversation.");
	}

	public Optional<Conversation> find(UUID id) {
		return jdbc.sql("""
				select id, employer_id, freelancer_id, context, context_id, title, created_at, last_message_at
				from messaging.conversations where id = ?""")
			.param(id)
			.query(Conversation.class)
			.optional();
	}

	/**
	 * The user's conversations, the latest first; {@code q} matches the title or any message text, {@code archived}
	 * picks the archive instead of the inbox. {@code after} is the cursor the page before gave.
	 */
	public Page of(UserId user, String q, boolean archived, String after) {
		Cursor cursor = Cursor.parse(after);
		String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		record Row(UUID id, String title, Context context, UUID contextId, UUID otherId, Instant lastMessageAt, int unread,
				boolean archived, boolean plainMatch) {
		}
		// Rows a masked-text check drops must not shorten the page or show in the cursor (that would tell what is
		// hidden): read on until the page is full or the list ends.
		List<Summary> items = new java.util.ArrayList<>();
		Cursor from = cursor;
		boolean more = false;
		while (true) {
			Cursor at = from;
			List<Row> rows = jdbc.sql("""
				select c.id, c.title, c.context, c.context_id,
				    case when c.employer_id = :me then c.freelancer_id else c.employer_id end as other_id,
				    c.last_message_at,
				    (select count(*) from messaging.messages m where m.conversation_id = c.id and m.seq > p.last_read_seq
				        and m.sender_id is distinct from :me and m.hidden_at is null) as unread,
				    p.archived,
				    (cast(:like as text) is null or c.title ilike :like or exists (select 1 from messaging.messages m
				        where m.conversation_id = c.id and m.hidden_at is null and m.sender_id = :me and m.body ilike :like))
				        as plain_match
				from messaging.conversations c join messaging.participants p on p.conversation_id = c.id and p.user_id = :me
				    and p.role <> 'STAFF'
				where p.archived = :archived
				and (cast(:like as text) is null or c.title ilike :like or exists (select 1 from messaging.messages m
				    where m.conversation_id = c.id and m.hidden_at is null and m.body ilike :like))
				and (cast(:at as timestamptz) is null or (c.last_message_at, c.id) < (:at, :id))
				order by c.last_message_at desc, c.id desc limit :limit""")
			.param("me", user.value())
			.param("archived", archived)
			.param("like", like)
			.param("at", at == null ? null : Timestamp.from(at.at()))
			.param("id", at == null ? null : at.id())
			.param("limit", PAGE + 1)
			.query(Row.class)
			.list();
			for (Row r : rows) {
				if (r.plainMatch() || othersWordsMatch(r.id(), user, q)) {
					if (items.size() == PAGE) {
						more = true;
						break;
					}
					items.add(new Summary(r.id(), r.title(), r.context(), r.contextId(), r.otherId(), r.lastMessageAt(),
							r.unread(), r.archived()));
				}
			}
			if (more || rows.size() <= PAGE) {
				break;
			}
			Row last = rows.get(rows.size() - 1);
			from = new Cursor(last.lastMessageAt(), last.id());
		}
		Summary last = items.isEmpty() ? null : items.get(items.size() - 1);
		return new Page(items, more ? new Cursor(last.lastMessageAt(), last.id()).toString() : null);
	}

	/**
	 * A search must not find, in the other party's words, what the guard hides from the reader: before a hire only the
	 * masked text counts.
	 */
	private boolean othersWordsMatch(UUID conversationId, UserId reader, String q) {
		Conversation conversation = find(conversationId).orElseThrow();
		if (!conversation.between(reader) || hired(conversation)) {
			return true;
		}
		String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
		return jdbc.sql("""
				select body from messaging.messages where conversation_id = ? and hidden_at is null and kind = 'TEXT'
				and sender_id <> ? and body ilike ?""")
			.params(conversationId, reader.value(), "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%")
			.query(String.class)
			.list()
			.stream()
			.anyMatch(body -> ContactGuard.mask(body).toLowerCase(java.util.Locale.ROOT).contains(needle));
	}

	@Transactional
	public void archive(UUID id, UserId user, boolean archived) {
		seen(id, user);
		jdbc.sql("update messaging.participants set archived = ? where conversation_id = ? and user_id = ?")
			.params(archived, id, user.value())
			.update();
	}

	/** Whether a contract links the two users, which lifts the guard on contact details. */
	public boolean hired(Conversation conversation) {
		return contracts.hired(new UserId(conversation.employerId()), new UserId(conversation.freelancerId()));
	}

	/** The other party's name as a list shows it to the reader (no second read of the conversation). */
	public String otherName(UserId reader, Summary summary) {
		UserId other = new UserId(summary.otherId());
		return name(other, contracts.hired(reader, other));
	}

	/** Whether the user closed their account: their conversations stay readable and take no new messages. */
	public boolean closed(UserId user) {
		return accounts.find(user).map(a -> a.status() == com.alujrat.accounts.AccountStatus.CLOSED).orElse(true);
	}

	/** How a party's name shows in a conversation: in full once hired, "Ayesha K." before. */
	public String name(UserId user, boolean hired) {
		String full = accounts.find(user).map(Account::fullName).orElse("");
		return hired ? full : com.alujrat.shared.PersonName.shortForm(full);
	}

	record Cursor(Instant at, UUID id) {

		static Cursor parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				int bar = text.indexOf('_');
				long micros = Long.parseLong(text.substring(0, bar));
				return new Cursor(Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS),
						UUID.fromString(text.substring(bar + 1)));
			}
			catch (RuntimeException ex) {
				throw new Rejected("after", "list.after.invalid");
			}
		}

		@Override
		public String toString() {
			return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + id;
		}
	}
}
