package com.alujrat.projects.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.Keyset;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Ui;
import com.alujrat.profiles.Profiles;
import com.alujrat.projects.BidDeclined;
import com.alujrat.projects.BidId;
import com.alujrat.projects.BidPlaced;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bids: a verified freelancer bids once on an open project they may see, within their monthly quota, and may
 * change or withdraw the bid until hired; the employer lists, shortlists and declines. Freelancers never see each
 * other's bids, only how many there are, as a range.
 */
@Service
public class Bidding {

	static final int PAGE = 20;

	private static final String COLUMNS = """
			b.id, b.project_id, b.freelancer_id, b.amount, b.delivery_days, b.cover_letter, b.status, b.created_at,
			b.updated_at""";

	private final JdbcClient jdbc;

	private final Postings postings;

	private final ProjectSight sight;

	private final Accounts accounts;

	private final Verifications verifications;

	private final Profiles profiles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Attachments attachments;

	Bidding(JdbcClient jdbc, Postings postings, ProjectSight sight, Accounts accounts, Verifications verifications,
			Profiles profiles, ApplicationEventPublisher events, Clock clock, Attachments attachments) {
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.postings = postings;
		this.sight = sight;
		this.accounts = accounts;
		this.verifications = verifications;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/** A bid as its project's employer sees it: with the bidder as their profile settings allow. */
	public record Received(Bid bid, Profiles.FreelancerSummary bidder) {
	}

	/** A freelancer's own bid with the title of its project. */
	public record Own(Bid bid, String projectTitle, Project.Status projectStatus) {
	}

	public record Page<T>(List<T> items, String next) {
	}

	@Transactional
	public UUID place(UUID projectId, SignedInUser freelancer, BidTerms terms) {
		Postings.Seen seen = postings.seen(projectId, freelancer, null);
		if (seen.role() != ProjectSight.Role.FREELANCER) {
			throw Rejected.forbidden("type", "bid.freelancersOnly");
		}
		UserId me = freelancer.id();
		if (!accounts.mayTransact(me) || !verifications.isVerified(me)) {
			throw Rejected.forbidden("verification", "bid.unverified");
		}
		BidTerms checked = terms.checked();
		// One bid at a time per freelancer, so two bids at once cannot both fit the last place in the quota.
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("bids:" + me).query(rs -> {
		});
		// The project as it is now, locked: a bid never lands on a project being closed or hired at the same time.
		Project project = postings.lock(projectId);
		if (!project.open()) {
			throw Rejected.conflict("bid.projectNotOpen");
		}
		if (mine(projectId, me).isPresent()) {
			throw Rejected.conflict("bid.twice");
		}
		int quota = sight.bidQuota(me);
		if (usedThisMonth(me) >= quota) {
			throw new ProjectRejected("quota", "bid.quotaUsed", quota);
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		try {
			jdbc.sql("""
					insert into projects.bids (id, project_id, freelancer_id, amount, delivery_days, cover_letter, status,
					    created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
				.params(id, projectId, me.value(), checked.amount(), checked.deliveryDays(), checked.coverLetter(), now, now)
				.update();
		}
		catch (DuplicateKeyException raced) {
			throw Rejected.conflict("bid.twice");
		}
		events.publishEvent(new BidPlaced(new BidId(id), project.projectId(), me, project.employer()));
		return id;
	}

	@Transactional
	public void change(UUID bidId, UserId freelancer, BidTerms terms) {
		BidTerms checked = terms.checked();
		save(own(bidId, freelancer).changed(checked.amount(), checked.deliveryDays(), checked.coverLetter(),
				clock.instant()));
	}

	/** Attaches a file to the freelancer's own live bid (up to 5). */
	@Transactional
	public Attachments.Attachment attach(UUID bidId, UserId freelancer, String filename, byte[] content) {
		Bid bid = own(bidId, freelancer);
		if (!bid.live()) {
			throw Rejected.conflict("bid.notLive");
		}
		if (attachments.count("bid", bidId) >= 5) {
			throw new ProjectRejected("file", "attachment.tooMany", 5);
		}
		return attachments.add("bid", bidId, freelancer.value(), "file", filename, content);
	}

	/** A file of a bid, for the freelancer who bid and the project's employer only. */
	public Attachments.File attachment(UUID bidId, UserId user, UUID attachmentId) {
		Bid bid = jdbc.sql("select " + COLUMNS + " from projects.bids b where b.id = ?")
			.param(bidId)
			.query(Bidding::bid)
			.optional()
			.filter(b -> b.freelancerId().equals(user.value())
					|| postings.find(b.projectId()).filter(p -> p.postedBy(user)).isPresent())
			.orElseThrow(Bidding::notFound);
		return attachments.read("bid", bid.id(), attachmentId).orElseThrow(() -> new NotFound("No such file."));
	}

	public List<Attachments.Attachment> attachments(UUID bidId) {
		return attachments.of("bid", bidId);
	}

	@Transactional
	public void withdraw(UUID bidId, UserId freelancer) {
		save(own(bidId, freelancer).withdrawn(clock.instant()));
	}

	@Transactional
	public void shortlist(UUID bidId, UserId employer) {
		save(received(bidId, employer).shortlisted(clock.instant()));
	}

	@Transactional
	public void decline(UUID bidId, UserId employer) {
		Bid declined = received(bidId, employer).declined(clock.instant());
		save(declined);
		events.publishEvent(new BidDeclined(new BidId(bidId), new com.alujrat.projects.ProjectId(declined.projectId()),
				new UserId(declined.freelancerId())));
	}

	/** A live bid with its open project. */
	public record Candidate(Bid bid, Project project) {
	}

	/** The bid, if it is live and on an open project of this employer. */
	/** The title of the employer's project if the freelancer bid on it or was invited to it. */
	public Optional<String> sharedTitle(UUID projectId, UserId employer, UserId freelancer) {
		return jdbc.sql("""
				select p.title from projects.projects p where p.id = :project and p.employer_id = :employer
				and (exists (select 1 from projects.bids b where b.project_id = p.id and b.freelancer_id = :freelancer)
				  or exists (select 1 from projects.invitations i where i.project_id = p.id and i.freelancer_id = :freelancer))""")
			.param("project", projectId)
			.param("employer", employer.value())
			.param("freelancer", freelancer.value())
			.query(String.class)
			.optional();
	}

	public Optional<Candidate> candidate(UUID bidId, UserId employer) {
		return jdbc.sql("select " + COLUMNS + " from projects.bids b where b.id = ?")
			.param(bidId)
			.query(Bidding::bid)
			.optional()
			.filter(Bid::live)
			.flatMap(bid -> postings.find(bid.projectId())
				.filter(p -> p.postedBy(employer) && p.open())
				.map(p -> new Candidate(bid, p)));
	}

	/** Hires the bid's freelancer: the bid is marked hired and its project stops taking bids. */
	public void hire(UUID bidId, java.time.Instant now) {
		UUID projectId = jdbc.sql("select project_id from projects.bids where id = ?").param(bidId)
			.query(UUID.class).optional().orElseThrow(Bidding::notFound);
		// The project first, then the bid: the order closing a project takes them in.
		Project project = postings.lock(projectId);
		save(find(bidId).orElseThrow(Bidding::notFound).hired(now));
		postings.save(project.hired());
	}

	/** The bids on a project, newest first, for its employer only. */
	public Page<Received> onProject(UUID projectId, UserId employer, String after) {
		if (postings.find(projectId).filter(p -> p.postedBy(employer)).isEmpty()) {
			throw Postings.notFound();
		}
		Keyset cursor = Keyset.parse(after, "after");
		List<Bid> bids = jdbc.sql("select " + COLUMNS + """
				 from projects.bids b where b.project_id = :project and b.status <> 'WITHDRAWN'
				  and (cast(:at as timestamptz) is null or (b.created_at, b.id) < (:at, :id))
				order by b.created_at desc, b.id desc limit :limit""")
			.param("project", projectId)
			.param("at", cursor == null ? null : cursor.timestamp())
			.param("id", cursor == null ? null : cursor.id())
			.param("limit", PAGE + 1)
			.query(Bidding::bid)
			.list();
		return page(bids, Function.identity(), bid -> new Received(bid, profiles.freelancer(new UserId(bid.freelancerId())).orElse(null)));
	}

	/** The freelancer's own bids, newest first. */
	public Page<Own> of(UserId freelancer, String after) {
		Keyset cursor = Keyset.parse(after, "after");
		List<Own> own = jdbc.sql("select " + COLUMNS + """
				, p.title, p.status as project_status from projects.bids b join projects.projects p on p.id = b.project_id
				where b.freelancer_id = :me
				  and (cast(:at as timestamptz) is null or (b.created_at, b.id) < (:at, :id))
				order by b.created_at desc, b.id desc limit :limit""")
			.param("me", freelancer.value())
			.param("at", cursor == null ? null : cursor.timestamp())
			.param("id", cursor == null ? null : cursor.id())
			.param("limit", PAGE + 1)
			.query((rs, n) -> new Own(bid(rs, n), rs.getString("title"),
					Project.Status.valueOf(rs.getString("project_status"))))
			.list();
		return page(own, Own::bid, Function.identity());
	}

	/** The freelancer's bid on the project, if any. */
	public Optional<Bid> mine(UUID projectId, UserId freelancer) {
		return jdbc.sql("select " + COLUMNS + " from projects.bids b where b.project_id = ? and b.freelancer_id = ?")
			.params(projectId, freelancer.value())
			.query(Bidding::bid)
			.optional();
	}

	/** How many live bids a project has, exactly. */
	public int count(UUID projectId) {
		return jdbc.sql("select count(*) from projects.bids where project_id = ? and status in ('ACTIVE', 'SHORTLISTED', 'HIRED')")
			.param(projectId)
			.query(Integer.class)
			.single();
	}

	/** The count as freelancers see it: a range, never the exact number. */
	public static String range(int count) {
		if (count < 5) {
			return "0-5";
		}
		if (count < 10) {
			return "5-10";
		}
		if (count < 20) {
			return "10-20";
		}
		return count < 50 ? "20-50" : "50+";
	}

	/** Bids the freelancer placed this calendar month (Pakistan time) that still count against the quota. */
	public int usedThisMonth(UserId freelancer) {
		LocalDate today = LocalDate.now(clock.withZone(Ui.KARACHI));
		ZonedDateTime monthStart = today.withDayOfMonth(1).atStartOfDay(Ui.KARACHI);
		return jdbc.sql("""
				select count(*) from projects.bids
				where freelancer_id = ? and counts_for_quota and created_at >= ?""")
			.params(freelancer.value(), Timestamp.from(monthStart.toInstant()))
			.query(Integer.class)
			.single();
	}

	Optional<Bid> find(UUID bidId) {
		return jdbc.sql("select " + COLUMNS + " from projects.bids b where b.id = ? for update")
			.param(bidId)
			.query(Bidding::bid)
			.optional();
	}

	/** The bid, locked, if the freelancer placed it; "not found" for anyone else. */
	private Bid own(UUID bidId, UserId freelancer) {
		return find(bidId).filter(b -> b.freelancerId().equals(freelancer.value())).orElseThrow(Bidding::notFound);
	}

	/** The bid, locked, if it is on one of the employer's projects; "not found" for anyone else. */
	Bid received(UUID bidId, UserId employer) {
		Bid bid = find(bidId).orElseThrow(Bidding::notFound);
		if (postings.find(bid.projectId()).filter(p -> p.postedBy(employer)).isEmpty()) {
			throw notFound();
		}
		return bid;
	}

	void save(Bid bid) {
		jdbc.sql("""
				update projects.bids set amount = ?, delivery_days = ?, cover_letter = ?, status = ?, updated_at = ?
				where id = ?""")
			.params(bid.amount(), bid.deliveryDays(), bid.coverLetter(), bid.status().name(),
					Timestamp.from(bid.updatedAt()), bid.id())
			.update();
	}

	private static <T, R> Page<R> page(List<T> rows, Function<T, Bid> bidOf, Function<T, R> map) {
		boolean more = rows.size() > PAGE;
		List<T> shown = more ? rows.subList(0, PAGE) : rows;
		Bid last = shown.isEmpty() ? null : bidOf.apply(shown.get(shown.size() - 1));
		return new Page<>(shown.stream().map(map).toList(),
				more ? new Keyset(last.createdAt(), last.id()).toString() : null);
	}

	static Bid bid(ResultSet rs, int row) throws SQLException {
		return new Bid(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getObject("freelancer_id", UUID.class), rs.getLong("amount"), rs.getInt("delivery_days"),
				rs.getString("cover_letter"), Bid.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static NotFound notFound() {
		return new NotFound("No such bid.");
	}
}
