package com.alujrat.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.Contracts;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.RateLimits;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks, reports and the SUPPORT moderation queue. Staff read a conversation only by joining it, for an open report
 * about it or an open dispute between its parties: the join is announced in the thread and every look is logged with
 * its purpose.
 */
@Service
public class Moderation {

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Messages messages;

	private final Contracts contracts;

	private final Accounts accounts;

	private final RateLimits limits;

	private final Clock clock;

	Moderation(JdbcClient jdbc, Conversations conversations, Messages messages, Contracts contracts, Accounts accounts,
			RateLimits limits, Clock clock) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.messages = messages;
		this.contracts = contracts;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
	}

	public enum Reason {
		DISPUTE, REPORT
	}

	public record Report(UUID id, UUID reporterId, UUID reportedId, UUID conversationId, UUID messageId, String reason,
			Instant createdAt, String status, String outcome, String reportedText) {
	}

	/** The caller blocks the other party of a conversation: neither can write to the other any more. */
	@Transactional
	public void block(UUID conversationId, UserId blocker) {
		Conversation conversation = party(conversationId, blocker);
		jdbc.sql("insert into messaging.blocks (blocker_id, blocked_id, created_at) values (?, ?, ?) on conflict do nothing")
			.params(blocker.value(), conversation.other(blocker).value(), Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional
	public void unblock(UUID conversationId, UserId blocker) {
		Conversation conversation = party(conversationId, blocker);
		jdbc.sql("delete from messaging.blocks where blocker_id = ? and blocked_id = ?")
			.params(blocker.value(), conversation.other(blocker).value())
			.update();
	}

	public boolean blocked(UUID conversationId, UserId blocker) {
		Conversation conversation = party(conversationId, blocker);
		return jdbc.sql("select exists (select 1 from messaging.blocks where blocker_id = ? and blocked_id = ?)")
			.params(blocker.value(), conversation.other(blocker).value())
			.query(Boolean.class)
			.single();
	}

	/** Whether the other party of the conversation has blocked this user. */
	public boolean blockedBy(UUID conversationId, UserId user) {
		Conversation conversation = party(conversationId, user);
		return jdbc.sql("select exists (select 1 from messaging.blocks where blocker_id = ? and blocked_id = ?)")
			.params(conversation.other(user).value(), user.value())
			.query(Boolean.class)
			.single();
	}

	/** Reports the other party of a conversation, or one of their messages in it, to SUPPORT staff. */
	@Transactional
	public UUID report(UUID conversationId, UUID messageId, UserId reporter, String reason) {
		Conversation conversation = party(conversationId, reporter);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new Rejected("reason", "messaging.report.reason");
		}
		if (why.length() > 1000) {
			throw new Rejected("reason", "messaging.report.tooLong");
		}
		if (messageId != null) {
			Messages.Row row = messages.row(conversationId, messageId);
			if (row.senderId() == null || row.senderId().equals(reporter.value())) {
				throw new Rejected("messageId", "messaging.report.ownMessage");
			}
		}
		limits.require("report:" + reporter.value(), 20, java.time.Duration.ofHours(1));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into messaging.reports (id, reporter_id, reported_id, conversation_id, message_id, reason, created_at,
				    status) values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
			.params(id, reporter.value(), conversation.other(reporter).value(), conversationId, messageId, why,
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/** The open reports, oldest first, with the reported message's text (staff see it to judge it). */
	public List<Report> queue() {
		return jdbc.sql(REPORTS + " where r.status = 'OPEN' order by r.created_at limit 100").query(Report.class).list();
	}

	public Report report(UUID id) {
		return jdbc.sql(REPORTS + " where r.id = ?").param(id).query(Report.class).optional()
			.orElseThrow(() -> new NotFound("No such report."));
	}

	/** SUPPORT closes a report: ACTIONED hides the reported message from both parties; DISMISSED leaves it. */
	@Transactional
	public void resolve(UUID id, UserId staff, boolean actioned, String outcome) {
		Report report = report(id);
		if (!"OPEN".equals(report.status())) {
			throw Rejected.conflict("messaging.report.closed");
		}
		String note = outcome == null ? "" : outcome.strip();
		if (note.isEmpty()) {
			throw new Rejected("outcome", "messaging.report.outcome");
		}
		jdbc.sql("update messaging.reports set status = ?, handled_by = ?, handled_at = ?, outcome = ? where id = ?")
			.params(actioned ? "ACTIONED" : "DISMISSED", staff.value(), Timestamp.from(clock.instant()), note, id)
			.update();
		if (actioned && report.messageId() != null) {
			messages.hideRow(report.messageId(), "MODERATION");
		}
		leave("REPORT:" + id);
	}

	/**
	 * A SUPPORT staff member joins a conversation for an open report about it or an open dispute on a contract between
	 * its two parties ({@code reference} is the report or the contract). The thread says so to both parties.
	 */
	@Transactional
	public void join(UUID conversationId, UserId staff, Reason reason, UUID reference) {
		Conversation conversation = conversations.find(conversationId)
			.orElseThrow(() -> new NotFound("No such conversation."));
		boolean allowed = switch (reason) {
			case REPORT -> reference != null && jdbc.sql("""
					select exists (select 1 from messaging.reports where id = ? and conversation_id = ? and status = 'OPEN')""")
				.params(reference, conversationId)
				.query(Boolean.class)
				.single();
			case DISPUTE -> reference != null && contracts.parties(new ContractId(reference))
				.filter(p -> p.employer().value().equals(conversation.employerId())
						&& p.freelancer().value().equals(conversation.freelancerId()))
				.filter(p -> contracts.inDispute(p.id()))
				.isPresent();
		};
		if (!allowed) {
			throw Rejected.forbidden("reference", "messaging.join.notAllowed");
		}
		boolean already = jdbc.sql("select exists (select 1 from messaging.participants where conversation_id = ? and user_id = ?)")
			.params(conversationId, staff.value())
			.query(Boolean.class)
			.single();
		conversations.join(conversationId, staff, "STAFF", reason.name() + ":" + reference);
		// A staff member who joined before for another reason joins for this one now.
		jdbc.sql("update messaging.participants set join_reason = ? where conversation_id = ? and user_id = ? and role = 'STAFF'")
			.params(reason.name() + ":" + reference, conversationId, staff.value())
			.update();
		if (!already) {
			String name = accounts.find(staff).map(a -> com.alujrat.shared.PersonName.shortForm(a.fullName())).orElse("");
			messages.notice(conversationId, "staffJoined." + reason.name(), name);
		}
		viewed(conversationId, staff, reason.name() + " " + reference);
	}

	/** The conversations between the parties of a contract in dispute, for staff to join (none otherwise). */
	public List<Conversation> forDispute(UUID contractId) {
		return contracts.parties(new ContractId(contractId))
			.filter(p -> contracts.inDispute(p.id()))
			.map(p -> jdbc.sql("""
					select id, employer_id, freelancer_id, context, context_id, title, created_at, last_message_at
					from messaging.conversations where employer_id = ? and freelancer_id = ? order by last_message_at desc""")
				.params(p.employer().value(), p.freelancer().value())
				.query(Conversation.class)
				.list())
			.orElse(List.of());
	}

	/** Staff who joined conversations for a dispute leave them once it is decided. */
	@org.springframework.modulith.events.ApplicationModuleListener
	void on(com.alujrat.contracts.DisputeDecided decided) {
		if (!contracts.inDispute(decided.contract())) {
			leave("DISPUTE:" + decided.contract().value());
		}
	}

	private void leave(String joinReason) {
		jdbc.sql("delete from messaging.participants where role = 'STAFF' and join_reason = ?").param(joinReason).update();
	}

	/** Logs a staff look at a conversation with its purpose. */
	public void viewed(UUID conversationId, UserId staff, String purpose) {
		jdbc.sql("insert into messaging.staff_views (staff_id, conversation_id, purpose, viewed_at) values (?, ?, ?, ?)")
			.params(staff.value(), conversationId, purpose, Timestamp.from(clock.instant()))
			.update();
	}

	public boolean staffIn(UUID conversationId, UserId staff) {
		return jdbc.sql("""
				select exists (select 1 from messaging.participants where conversation_id = ? and user_id = ? and role = 'STAFF')""")
			.params(conversationId, staff.value())
			.query(Boolean.class)
			.single();
	}

	private Conversation party(UUID conversationId, UserId user) {
		Conversation conversation = conversations.seen(conversationId, user);
		if (!conversation.between(user)) {
			throw Rejected.forbidden("conversation", "messaging.partiesOnly");
		}
		return conversation;
	}

	private static final String REPORTS = """
			select r.id, r.reporter_id, r.reported_id, r.conversation_id, r.message_id, r.reason, r.created_at, r.status,
			    r.outcome, m.body as reported_text
			from messaging.reports r left join messaging.messages m on m.id = r.message_id""";
}
