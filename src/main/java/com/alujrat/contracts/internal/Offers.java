package com.alujrat.contracts.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.ContractStarted;
import com.alujrat.contracts.OfferId;
import com.alujrat.contracts.OfferSent;
import com.alujrat.platform.Keyset;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Ui;
import com.alujrat.projects.BidId;
import com.alujrat.projects.Hiring;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers: an employer offers a contract on a live bid on their open project; the freelancer accepts once (the
 * contract starts and the project stops taking bids) or declines; the employer may withdraw a pending offer.
 * Accepting an offer that is no longer pending, or has expired, is a conflict, however many accepts race.
 */
@Service
public class Offers {

	private static final String COLUMNS = """
			o.id, o.bid_id, o.project_id, o.employer_id, o.freelancer_id, o.title, o.terms, o.total, o.status,
			o.created_at, o.expires_at, o.decided_at""";

	private final JdbcClient jdbc;

	private final Hiring hiring;

	private final ContractStore contracts;

	private final Accounts accounts;

	private final Verifications verifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validFor;

	Offers(JdbcClient jdbc, Hiring hiring, ContractStore contracts, Accounts accounts, Verifications verifications,
			ApplicationEventPublisher events, Clock clock, @Value("${alujrat.offers.valid-days:7}") int validDays) {
		this.jdbc = jdbc;
		this.hiring = hiring;
		this.contracts = contracts;
		this.accounts = accounts;
		this.verifications = verifications;
		this.events = events;
		this.clock = clock;
		this.validFor = Duration.ofDays(validDays);
	}

	public record Page(List<Offer> items, String next) {
	}

	@Transactional
	public UUID send(UserId employer, OfferTerms terms) {
		if (terms.bidId() == null && terms.orderId() == null) {
			throw new ContractRejected("bidId", "offer.bid.required");
		}
		if (terms.bidId() == null) {
			// Orders come with services (the catalog); until then no order exists to answer.
			throw new NotFound("No such order.");
		}
		Hiring.Candidate bid = hiring.candidate(new BidId(terms.bidId()), employer)
			.orElseThrow(() -> new NotFound("No such bid."));
		if (!accounts.mayTransact(employer) || !verifications.isVerified(employer)) {
			throw Rejected.forbidden("verification", "offer.send.unverified");
		}
		OfferTerms checked = terms.checked(LocalDate.now(clock.withZone(Ui.KARACHI)));
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		// A pending offer past its date no longer holds the bid's one place for a pending offer.
		jdbc.sql("update contracts.offers set status = 'EXPIRED' where bid_id = ? and status = 'PENDING' and expires_at <= ?")
			.params(terms.bidId(), Timestamp.from(now))
			.update();
		try {
			jdbc.sql("""
					insert into contracts.offers (id, bid_id, project_id, employer_id, freelancer_id, title, terms, total,
					    status, created_at, expires_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
				.params(id, terms.bidId(), bid.project().value(), employer.value(), bid.freelancer().value(),
						bid.projectTitle(), checked.terms(), checked.total(), Timestamp.from(now),
						Timestamp.from(now.plus(validFor)))
				.update();
		}
		catch (DuplicateKeyException pending) {
			throw Rejected.conflict("offer.pendingExists");
		}
		for (int i = 0; i < checked.milestones().size(); i++) {
			OfferTerms.Step step = checked.milestones().get(i);
			jdbc.sql("insert into contracts.offer_milestones (offer_id, position, title, amount, due_date) values (?, ?, ?, ?, ?)")
				.params(id, i + 1, step.title(), step.amount(), step.dueDate() == null ? null : Date.valueOf(step.dueDate()))
				.update();
		}
		events.publishEvent(new OfferSent(new OfferId(id), employer, bid.freelancer()));
		return id;
	}

	/** The offer, for its two parties only. */
	public Offer seen(UUID id, UserId user) {
		return find(id).filter(o -> o.between(user)).orElseThrow(Offers::notFound);
	}

	/** Accepting needs an identity-verified freelancer; exactly one accept of a pending, unexpired offer wins. */
	@Transactional
	public UUID accept(UUID id, UserId freelancer) {
		Offer offer = find(id).filter(o -> o.freelancerId().equals(freelancer.value())).orElseThrow(Offers::notFound);
		if (!accounts.mayTransact(freelancer) || !verifications.isVerified(freelancer)) {
			throw Rejected.forbidden("verification", "offer.accept.unverified");
		}
		Instant now = clock.instant();
		int won = jdbc.sql("""
				update contracts.offers set status = 'ACCEPTED', decided_at = :now
				where id = :id and status = 'PENDING' and expires_at > :now""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
		if (won == 0) {
			throw Rejected.conflict("offer.notPending");
		}
		List<Contract.Milestone> milestones = new ArrayList<>();
		for (int i = 0; i < offer.milestones().size(); i++) {
			OfferTerms.Step step = offer.milestones().get(i);
			milestones.add(new Contract.Milestone(UUID.randomUUID(), i + 1, step.title(), step.amount(), step.dueDate(),
					Contract.Step.AWAITING_FUNDING, "", null, null, false));
		}
		Contract contract = new Contract(UUID.randomUUID(), id, offer.projectId(), offer.employerId(),
				offer.freelancerId(), offer.title(), offer.terms(), Contract.Status.ACTIVE, false, false, now, null,
				milestones, Contract.Rules.FROM_BID);
		contracts.insert(contract);
		hiring.hired(new BidId(offer.bidId()));
		events.publishEvent(new ContractStarted(new ContractId(contract.id()), new UserId(offer.employerId()),
				freelancer));
		return contract.id();
	}

	@Transactional
	public void decline(UUID id, UserId freelancer) {
		find(id).filter(o -> o.freelancerId().equals(freelancer.value())).orElseThrow(Offers::notFound);
		decide(id, "DECLINED");
	}

	@Transactional
	public void withdraw(UUID id, UserId employer) {
		find(id).filter(o -> o.employerId().equals(employer.value())).orElseThrow(Offers::notFound);
		decide(id, "WITHDRAWN");
	}

	/** The offers the user sent or received, newest first. */
	public Page of(UserId user, String after) {
		Keyset cursor = Keyset.parse(after, "after");
		List<Offer> rows = jdbc.sql("select " + COLUMNS + """
				 from contracts.offers o where (o.employer_id = :me or o.freelancer_id = :me)
				  and (cast(:at as timestamptz) is null or (o.created_at, o.id) < (:at, :id))
				order by o.created_at desc, o.id desc limit :limit""")
			.param("me", user.value())
			.param("at", cursor == null ? null : cursor.timestamp())
			.param("id", cursor == null ? null : cursor.id())
			.param("limit", ContractStore.PAGE + 1)
			.query((rs, n) -> offer(rs, List.of()))
			.list();
		boolean more = rows.size() > ContractStore.PAGE;
		List<Offer> shown = more ? rows.subList(0, ContractStore.PAGE) : rows;
		Offer last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(shown, more ? new Keyset(last.createdAt(), last.id()).toString() : null);
	}

	/** The pending offer on a bid, if there is one (so the employer's page links to it instead of a new one). */
	public Optional<UUID> pendingFor(UUID bidId) {
		return jdbc.sql("select id from contracts.offers where bid_id = ? and status = 'PENDING' and expires_at > ?")
			.params(bidId, Timestamp.from(clock.instant()))
			.query(UUID.class)
			.optional();
	}

	private void decide(UUID id, String status) {
		int changed = jdbc.sql("""
				update contracts.offers set status = :status, decided_at = :now
				where id = :id and status = 'PENDING' and expires_at > :now""")
			.param("status", status)
			.param("id", id)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (changed == 0) {
			throw Rejected.conflict("offer.notPending");
		}
	}

	private Optional<Offer> find(UUID id) {
		List<OfferTerms.Step> steps = jdbc.sql("""
				select title, amount, due_date from contracts.offer_milestones where offer_id = ? order by position""")
			.param(id)
			.query((rs, n) -> {
				Date due = rs.getDate("due_date");
				return new OfferTerms.Step(rs.getString("title"), rs.getLong("amount"),
						due == null ? null : due.toLocalDate());
			})
			.list();
		return jdbc.sql("select " + COLUMNS + " from contracts.offers o where o.id = ?")
			.param(id)
			.query((rs, n) -> offer(rs, steps))
			.optional();
	}

	private static Offer offer(ResultSet rs, List<OfferTerms.Step> steps) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("bid_id", UUID.class),
				rs.getObject("project_id", UUID.class), rs.getObject("employer_id", UUID.class),
				rs.getObject("freelancer_id", UUID.class), rs.getString("title"), rs.getString("terms"),
				rs.getLong("total"), Offer.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				decided == null ? null : decided.toInstant(), steps);
	}

	private static NotFound notFound() {
		return new NotFound("No such offer.");
	}
}
