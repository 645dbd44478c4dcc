package com.alujrat.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.Accounts;
import com.alujrat.messaging.ConversationId;
import com.alujrat.messaging.MessageSent;
import com.alujrat.notifications.LiveEvents;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.RateLimits;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages: written by a participant, shown to each reader as the guard allows (contact details hidden from the
 * recipient until a contract links the two), pushed live to everyone in the conversation, read receipts, and hiding
 * one's own message within 15 minutes (the text is kept for disputes and reports).
 */
@Service
public class Messages {

	static final int PAGE = 50;

	static final int MAX_LENGTH = 5000;

	static final Duration HIDE_WINDOW = Duration.ofMinutes(15);

	static final String FILES = "message";

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Accounts accounts;

	private final Attachments attachments;

	private final LiveEvents live;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource text;

	private final int messagesPerMinute;

	Messages(JdbcClient jdbc, Conversations conversations, Accounts accounts, Attachments attachments, LiveEvents live,
			RateLimits limits, ApplicationEventPublisher events, Clock clock, MessageSource text,
			@org.springframework.beans.factory.annotation.Value("${alujrat.limits.messages-per-minute:60}") int messagesPerMinute) {
		this.messagesPerMinute = messagesPerMinute;
		this.text = text;
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.accounts = accounts;
		this.attachments = attachments;
		this.live = live;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/** A message as one reader sees it. */
	public record Shown(UUID id, long seq, UUID senderId, boolean mine, String kind, String body, boolean masked,
			boolean hidden, boolean hideable, boolean seen, Instant createdAt, List<Attachments.Attachment> files,
			boolean removedByModeration) {
	}

	public record Page(List<Shown> items, String next) {
	}

	/** The result of writing: {@code masked} tells the sender the recipient sees some of it hidden, and why. */
	public record Posted(Shown message, boolean masked) {
	}


	@Transactional
	public Posted post(UUID conversationId, UserId sender, String body, Attachments.Upload upload) {
		Conversation conversation = conversations.seen(conversationId, sender);
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() && upload == null) {
			throw new Rejected("body", "messaging.body.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new Rejected("body", "messaging.body.tooLong");
		}
		boolean party = conversation.between(sender);
		if (party) {
			UserId other = conversation.other(sender);
			conversations.requireNotBlocked(sender, other);
			if (accounts.find(other).filter(a -> a.status() != AccountStatus.CLOSED).isEmpty()) {
				throw Rejected.conflict("messaging.recipientClosed");
			}
		}
		limits.require("message:" + sender.value(), messagesPerMinute, Duration.ofMinutes(1));
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		long seq = jdbc.sql("""
				insert into messaging.messages (id, conversation_id, sender_id, kind, body, created_at)
				values (?, ?, ?, 'TEXT', ?, ?) returning seq""")
			.params(id, conversationId, sender.value(), text, Timestamp.from(now))
			.query(Long.class)
			.single();
		if (upload != null) {
			attachments.add(FILES, id, sender.value(), "file", upload.filename(), upload.content());
		}
		touch(conversationId, now, seq, sender);
		events.publishEvent(new MessageSent(new ConversationId(conversationId), id, sender));
		boolean hired = conversations.hired(conversation);
		pushAll(conversation, "message", reader -> Map.of("conversationId", conversationId, "id", id, "seq", seq));
		Shown shown = one(conversation, id, sender, hired);
		return new Posted(shown, party && !hired && ContactGuard.hasContactDetails(text));
	}

	/**
	 * A line of the platform's own in the thread (staff joined, say), for everyone in it to see: the message
	 * {@code messaging.notice.<key>} with one argument, in each reader's language.
	 */
	@Transactional
	public void notice(UUID conversationId, String key, String argument) {
		String text = key + "|" + argument;
		Instant now = clock.instant();
		long seq = jdbc.sql("""
				insert into messaging.messages (id, conversation_id, sender_id, kind, body, created_at)
				values (?, ?, null, 'NOTICE', ?, ?) returning seq""")
			.params(UUID.randomUUID(), conversationId, text, Timestamp.from(now))
			.query(Long.class)
			.single();
		touch(conversationId, now, seq, null);
		conversations.find(conversationId)
			.ifPresent(c -> pushAll(c, "message", reader -> Map.of("conversationId", conversationId, "seq", seq)));
	}

	private void touch(UUID conversationId, Instant now, long seq, UserId sender) {
		jdbc.sql("update messaging.conversations set last_message_at = ? where id = ?")
			.params(Timestamp.from(now), conversationId)
			.update();
		// A new message brings an archived conversation back to the inbox; the sender has read up to it.
		jdbc.sql("update messaging.participants set archived = false where conversation_id = ?").param(conversationId).update();
		if (sender != null) {
			jdbc.sql("update messaging.participants set last_read_seq = ? where conversation_id = ? and user_id = ?")
				.params(seq, conversationId, sender.value())
				.update();
		}
	}

	private void pushAll(Conversation conversation, String type, java.util.function.Function<UUID, Map<String, Object>> data) {
		jdbc.sql("select user_id from messaging.participants where conversation_id = ?")
			.param(conversation.id())
			.query(UUID.class)
			.list()
			.forEach(reader -> live.send(new UserId(reader), type, data.apply(reader)));
	}

	/**
	 * Messages for a participant, oldest first: the latest {@value #PAGE} without {@code after}, else those after
	 * that sequence number ({@code after=0} reads from the start); {@code next} is set while more follow.
	 */
	public Page of(UUID conversationId, UserId reader, Long after) {
		Conversation conversation = conversations.seen(conversationId, reader);
		boolean hired = conversations.hired(conversation);
		long otherRead = otherRead(conversationId, reader);
		List<Row> rows = after == null ? jdbc.sql("""
				select * from (select seq, id, sender_id, kind, body, created_at, hidden_at, hidden_by from messaging.messages
				    where conversation_id = ? order by seq desc limit ?) latest order by seq""")
			.params(conversationId, PAGE)
			.query(Row.class)
			.list()
				: jdbc.sql("""
						select seq, id, sender_id, kind, body, created_at, hidden_at, hidden_by from messaging.messages
						where conversation_id = ? and seq > ? order by seq limit ?""")
					.params(conversationId, after, PAGE + 1)
					.query(Row.class)
					.list();
		boolean more = after != null && rows.size() > PAGE;
		List<Shown> items = rows.stream().limit(PAGE).map(row -> shown(row, reader, conversation, hired, otherRead)).toList();
		return new Page(items, more ? Long.toString(items.get(items.size() - 1).seq()) : null);
	}

	private Shown one(Conversation conversation, UUID id, UserId reader, boolean hired) {
		Row row = jdbc.sql("""
				select seq, id, sender_id, kind, body, created_at, hidden_at, hidden_by from messaging.messages where id = ?""")
			.param(id)
			.query(Row.class)
			.single();
		return shown(row, reader, conversation, hired, otherRead(conversation.id(), reader));
	}

	private Shown shown(Row row, UserId reader, Conversation conversation, boolean hired, long otherRead) {
		boolean mine = reader.value().equals(row.senderId());
		boolean hidden = row.hiddenAt() != null;
		// Parties see contact details hidden until hired; staff who joined see what was written.
		boolean guard = !hired && !mine && conversation.between(reader) && "TEXT".equals(row.kind());
		String body = hidden ? "" : guard ? ContactGuard.mask(row.body()) : "NOTICE".equals(row.kind()) ? notice(row.body())
				: row.body();
		boolean masked = !hidden && guard && !body.equals(row.body());
		boolean hideable = mine && !hidden && "TEXT".equals(row.kind())
				&& clock.instant().isBefore(row.createdAt().plus(HIDE_WINDOW));
		return new Shown(row.id(), row.seq(), row.senderId(), mine, row.kind(), body, masked, hidden, hideable,
				mine && otherRead >= row.seq(), row.createdAt(), hidden ? List.of() : attachments.of(FILES, row.id()),
				"MODERATION".equals(row.hiddenBy()));
	}

	private String notice(String stored) {
		int bar = stored.indexOf('|');
		return text.getMessage("messaging.notice." + stored.substring(0, bar), new Object[] { stored.substring(bar + 1) },
				LocaleContextHolder.getLocale());
	}

	private long otherRead(UUID conversationId, UserId reader) {
		return jdbc.sql("""
				select coalesce(max(last_read_seq), 0) from messaging.participants
				where conversation_id = ? and user_id <> ? and role <> 'STAFF'""")
			.params(conversationId, reader.value())
			.query(Long.class)
			.single();
	}

	/** The reader has seen the conversation up to its latest message; the other side's page shows "Seen". */
	@Transactional
	public void read(UUID conversationId, UserId reader) {
		Conversation conversation = conversations.seen(conversationId, reader);
		int changed = jdbc.sql("""
				update messaging.participants set last_read_seq = latest.seq
				from (select coalesce(max(seq), 0) as seq from messaging.messages where conversation_id = :c) latest
				where conversation_id = :c and user_id = :me and last_read_seq < latest.seq""")
			.param("c", conversationId)
			.param("me", reader.value())
			.update();
		if (changed > 0) {
			pushAll(conversation, "read", user -> Map.of("conversationId", conversationId));
		}
	}

	/** The sender hides their own message, within 15 minutes of writing it. */
	@Transactional
	public void hide(UUID conversationId, UUID messageId, UserId sender) {
		Conversation conversation = conversations.seen(conversationId, sender);
		Row row = row(conversationId, messageId);
		if (!sender.value().equals(row.senderId()) || !"TEXT".equals(row.kind())) {
			throw Rejected.forbidden("message", "messaging.hide.notYours");
		}
		if (!clock.instant().isBefore(row.createdAt().plus(HIDE_WINDOW))) {
			throw Rejected.conflict("messaging.hide.tooLate");
		}
		hideRow(messageId, "SENDER");
		pushAll(conversation, "message", reader -> Map.of("conversationId", conversationId, "id", messageId, "hidden", true));
	}

	void hideRow(UUID messageId, String by) {
		jdbc.sql("""
				update messaging.messages set hidden_at = coalesce(hidden_at, ?), hidden_by = coalesce(hidden_by, ?)
				where id = ?""")
			.params(Timestamp.from(clock.instant()), by, messageId)
			.update();
	}

	Row row(UUID conversationId, UUID messageId) {
		return jdbc.sql("""
				select seq, id, sender_id, kind, body, created_at, hidden_at, hidden_by from messaging.messages
				where id = ? and conversation_id = ?""")
			.params(messageId, conversationId)
			.query(Row.class)
			.optional()
			.orElseThrow(() -> new NotFound("No such message."));
	}

	/** An attachment, for the participants of its conversation; a hidden message's files are gone for them. */
	public Attachments.File file(UUID conversationId, UUID messageId, UUID fileId, UserId reader) {
		conversations.seen(conversationId, reader);
		Row row = row(conversationId, messageId);
		if (row.hiddenAt() != null) {
			throw new NotFound("No such file.");
		}
		return attachments.read(FILES, messageId, fileId).orElseThrow(() -> new NotFound("No such file."));
	}

	/** Messages the user has not read yet, across their conversations (the header's count). */
	public int unread(UserId user) {
		return jdbc.sql("""
				select count(*) from messaging.messages m
				join messaging.participants p on p.conversation_id = m.conversation_id and p.user_id = :me
				    and p.role <> 'STAFF'
				where m.seq > p.last_read_seq and m.sender_id is distinct from :me and m.hidden_at is null""")
			.param("me", user.value())
			.query(Integer.class)
			.single();
	}

	/** The names shown in a thread, by user id. */
	public Map<UUID, String> names(Conversation conversation, boolean hired) {
		Map<UUID, String> names = new LinkedHashMap<>();
		jdbc.sql("select user_id from messaging.participants where conversation_id = ?")
			.param(conversation.id())
			.query(UUID.class)
			.list()
			.forEach(user -> names.put(user, conversations.name(new UserId(user), hired)));
		return names;
	}

	record Row(long seq, UUID id, UUID senderId, String kind, String body, Instant createdAt, Instant hiddenAt,
			String hiddenBy) {
	}
}
