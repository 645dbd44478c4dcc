package com.alujrat.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.notifications.Email;
import com.alujrat.notifications.MailWriter;
import com.alujrat.notifications.Recipients;
import com.alujrat.notifications.Recipients.Recipient;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing campaigns: staff write one in English and Urdu, preview it, send it to themselves, then send it once to
 * the users opted in at that moment. Each mail leaves through the publication registry and checks the consent again
 * when it leaves, so a user who opted out meanwhile gets nothing.
 */
@Component
public class Campaigns {

	private final JdbcClient jdbc;

	private final MarketingConsents consents;

	private final Recipients recipients;

	private final MailWriter writer;

	private final com.alujrat.notifications.Emails emails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, MarketingConsents consents, Recipients recipients, MailWriter writer,
			com.alujrat.notifications.Emails emails, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.recipients = recipients;
		this.writer = writer;
		this.emails = emails;
		this.events = events;
		this.clock = clock;
	}

	public record Campaign(UUID id, String subjectEn, String bodyEn, String subjectUr, String bodyUr, Instant createdAt,
			Instant sentAt, int recipients) {

		String subject(String localeTag) {
			return "ur".equals(MailWriter.locale(localeTag).getLanguage()) ? subjectUr : subjectEn;
		}

		String body(String localeTag) {
			return "ur".equals(MailWriter.locale(localeTag).getLanguage()) ? bodyUr : bodyEn;
		}
	}

	record CampaignMailDue(UUID campaign, UserId to) {
	}

	@Transactional
	public UUID write(UserId staff, String subjectEn, String bodyEn, String subjectUr, String bodyUr) {
		required("subjectEn", subjectEn, 150);
		required("bodyEn", bodyEn, 10_000);
		required("subjectUr", subjectUr, 150);
		required("bodyUr", bodyUr, 10_000);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notifications.campaigns (id, subject_en, body_en, subject_ur, body_ur, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, subjectEn.strip(), bodyEn.strip(), subjectUr.strip(), bodyUr.strip(), staff.value(),
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new Rejected(field, "notifications.campaign.required");
		}
		if (value.strip().length() > max) {
			throw new Rejected(field, "notifications.campaign.tooLong");
		}
	}

	public List<Campaign> newestFirst() {
		return jdbc.sql("select " + COLUMNS + " from notifications.campaigns order by created_at desc limit 50")
			.query(Campaign.class)
			.list();
	}

	public Campaign find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from notifications.campaigns where id = ?")
			.param(id)
			.query(Campaign.class)
			.optional()
			.orElseThrow(() -> new NotFound("No such campaign."));
	}

	/** The mail as a recipient in this language would get it, addressed to the staff member. */
	public Email preview(UUID id, UserId staff, String localeTag) {
		Campaign campaign = find(id);
		Recipient me = recipients.find(staff).orElseThrow();
		return writer.marketing(me.email(), me.name(), localeTag, campaign.subject(localeTag), campaign.body(localeTag),
				consents.unsubscribeToken(staff));
	}

	/** Sends the campaign to the staff member only, in their own language; it may be repeated. */
	public void testSend(UUID id, UserId staff) {
		Recipient me = recipients.find(staff).orElseThrow();
		emails.send(preview(id, staff, me.locale()));
	}

	/** Sends once to everyone opted in now; answers how many. A second send is refused. */
	@Transactional
	public int send(UUID id) {
		int marked = jdbc.sql("update notifications.campaigns set sent_at = ? where id = ? and sent_at is null")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		if (marked == 0) {
			find(id);
			throw Rejected.conflict("notifications.campaign.sent");
		}
		List<UserId> audience = consents.optedIn();
		audience.forEach(user -> events.publishEvent(new CampaignMailDue(id, user)));
		jdbc.sql("update notifications.campaigns set recipients = ? where id = ?").params(audience.size(), id).update();
		return audience.size();
	}

	@ApplicationModuleListener
	void on(CampaignMailDue due) {
		if (!consents.optedIn(due.to())) {
			return;
		}
		Campaign campaign = find(due.campaign());
		// Only to an address its owner has proven: a sign-up with someone else's address gets no marketing.
		recipients.find(due.to())
			.filter(Recipient::emailVerified)
			.ifPresent(to -> emails.send(writer.marketing(to.email(), to.name(), to.locale(), campaign.subject(to.locale()),
					campaign.body(to.locale()), consents.unsubscribeToken(due.to()))));
	}

	private static final String COLUMNS = "id, subject_en, body_en, subject_ur, body_ur, created_at, sent_at, recipients";
}
