package com.alujrat.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;

import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Privacy Policy, Terms & Conditions and Refund & Return Policy as versions: each kept, the newest in force
 * shown. LEGAL staff publish a version as material or minor; a material one is mailed to every open account and
 * shown as a banner until the user acknowledges it ("we will notify you of any material changes").
 */
@Service
public class Policies {

	public enum Kind {
		PRIVACY("privacy", "/privacy"), TERMS("terms", "/terms"), REFUNDS("refunds", "/refund-policy");

		private final String slug;

		private final String path;

		Kind(String slug, String path) {
			this.slug = slug;
			this.path = path;
		}

		public String slug() {
			return slug;
		}

		public String path() {
			return path;
		}

		public static Kind of(String slug) {
			for (Kind kind : values()) {
				if (kind.slug.equals(slug)) {
					return kind;
				}
			}
			throw new NotFound("No such policy.");
		}
	}

	public record Version(UUID id, Kind kind, String version, Instant effectiveFrom, boolean material, String summary,
			String bodyEn, String bodyUr) {

		/** The text in the reader's language when there is one; the English otherwise. */
		public String body(Locale locale) {
			return "ur".equals(locale.getLanguage()) && bodyUr != null && !bodyUr.isBlank() ? bodyUr : bodyEn;
		}

		public boolean translated(Locale locale) {
			return !"ur".equals(locale.getLanguage()) || bodyUr != null && !bodyUr.isBlank();
		}
	}

	record Published(UUID versionId) {
	}

	private static final String SEEDED = "2025-06-05";

	private static final int NOTICE_BATCH = 500;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String hostingRegion;

	private final Parser markdown = Parser.builder().build();

	// Raw HTML in a document is shown as text and only safe link schemes are kept: a policy cannot carry a script.
	private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	Policies(JdbcClient jdbc, Accounts accounts, Notifications notifications, ApplicationEventPublisher events,
			Clock clock,
			@Value("${alujrat.hosting-region:Servers may be located in various regions.}") String hostingRegion) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.hostingRegion = hostingRegion;
	}

	/** The first versions' text comes from the classpath, once (every node may try; only empty ones are filled). */
	@PostConstruct
	void seed() {
		for (Kind kind : Kind.values()) {
			jdbc.sql("""
					update privacy.policy_versions set body_en = ?, body_ur = ?
					where document = ? and version = ? and body_en = ''""")
				.params(resource(kind.slug() + ".en.md"), kind == Kind.PRIVACY ? null : resource(kind.slug() + ".ur.md"),
						kind.name(), SEEDED)
				.update();
		}
	}

	private static String resource(String name) {
		try {
			return new ClassPathResource("privacy/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Version current(Kind kind) {
		return jdbc.sql("""
				select * from privacy.policy_versions where document = ? and effective_from <= ?
				order by effective_from desc limit 1""")
			.params(kind.name(), Timestamp.from(clock.instant()))
			.query(Policies::row)
			.single();
	}

	public List<Version> versions(Kind kind) {
		return jdbc.sql("select * from privacy.policy_versions where document = ? and effective_from <= ? order by effective_from desc")
			.params(kind.name(), Timestamp.from(clock.instant()))
			.query(Policies::row)
			.list();
	}

	public Version find(Kind kind, UUID id) {
		return jdbc.sql("select * from privacy.policy_versions where id = ? and document = ? and effective_from <= ?")
			.params(id, kind.name(), Timestamp.from(clock.instant()))
			.query(Policies::row)
			.optional()
			.orElseThrow(() -> new NotFound("No such policy version."));
	}

	/** The version's Markdown in the reader's language where translated, the hosting region filled in. */
	public String text(Version version, Locale locale) {
		return version.body(locale).replace("{{hostingRegion}}", hostingRegion);
	}

	/** The version's text as safe HTML. */
	public String html(Version version, Locale locale) {
		return html.render(markdown.parse(text(version, locale)));
	}

	/** LEGAL publishes a version in force from now; a material one is then told to every open account. */
	@Transactional
	public UUID publish(Kind kind, String version, String summary, String bodyEn, String bodyUr, boolean material,
			UserId staff) {
		require("version", version, 40);
		require("summary", summary, 1000);
		require("bodyEn", bodyEn, 200_000);
		if (bodyUr != null && bodyUr.length() > 200_000) {
			throw new Rejected("bodyUr", "policy.field.invalid");
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into privacy.policy_versions (id, document, version, effective_from, body_en, body_ur, material,
					    summary, published_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, kind.name(), version.strip(), Timestamp.from(clock.instant()), bodyEn,
						bodyUr == null || bodyUr.isBlank() ? null : bodyUr, material, summary.strip(), staff.value())
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new Rejected("version", "policy.version.taken", HttpStatus.CONFLICT, "version-taken");
		}
		if (material) {
			events.publishEvent(new Published(id));
		}
		return id;
	}

	private static void require(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new Rejected(field, "policy.field.invalid");
		}
	}

	/** Every open account is told, in batches; a notice is in the app and mailed (the POLICY topic cannot be off). */
	@ApplicationModuleListener
	void on(Published published) {
		Version version = jdbc.sql("select * from privacy.policy_versions where id = ?")
			.param(published.versionId())
			.query(Policies::row)
			.single();
		UserId after = null;
		List<UserId> batch;
		do {
			batch = accounts.openAfter(after, NOTICE_BATCH);
			batch.forEach(user -> notifications.notify(user, Topic.POLICY, version.kind().slug() + "Changed",
					"/policies/" + version.kind().slug() + "/versions/" + version.id(), version.summary()));
			after = batch.isEmpty() ? null : batch.get(batch.size() - 1);
		}
		while (batch.size() == NOTICE_BATCH);
	}

	/**
	 * Material versions the user has neither accepted at sign-up nor acknowledged, nor superseded by one they did:
	 * the newest per document.
	 */
	public List<Version> unacknowledged(UserId user) {
		return jdbc.sql("""
				select distinct on (v.document) v.* from privacy.policy_versions v
				where v.material and v.effective_from <= :now
				  and v.effective_from > coalesce((select max(w.effective_from) from privacy.policy_versions w
				      where w.document = v.document
				        and (exists (select 1 from privacy.policy_acceptances a
				                     where a.user_id = :user and a.document = w.document and a.version = w.version)
				          or exists (select 1 from privacy.policy_acknowledgements k
				                     where k.user_id = :user and k.version_id = w.id))), '-infinity')
				order by v.document, v.effective_from desc""")
			.param("now", Timestamp.from(clock.instant()))
			.param("user", user.value())
			.query(Policies::row)
			.list();
	}

	/** Recorded once (user, version, time); a version not in force is not found. */
	@Transactional
	public void acknowledge(UserId user, UUID versionId) {
		Optional<Version> version = jdbc.sql("select * from privacy.policy_versions where id = ? and effective_from <= ?")
			.params(versionId, Timestamp.from(clock.instant()))
			.query(Policies::row)
			.optional();
		if (version.isEmpty()) {
			throw new Rejected("versionId", "policy.version.unknown", HttpStatus.NOT_FOUND, "not-found");
		}
		jdbc.sql("""
				insert into privacy.policy_acknowledgements (user_id, version_id, acknowledged_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(user.value(), versionId, Timestamp.from(clock.instant()))
			.update();
	}

	private static Version row(ResultSet rs, int n) throws SQLException {
		return new Version(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("document")),
				rs.getString("version"), rs.getTimestamp("effective_from").toInstant(), rs.getBoolean("material"),
				rs.getString("summary"), rs.getString("body_en"), rs.getString("body_ur"));
	}
}
