package com.alujrat.contracts.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.platform.Keyset;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts and their milestones in PostgreSQL. */
@Repository
class ContractStore {

	static final int PAGE = 20;

	private static final String COLUMNS = """
			c.id, c.offer_id, c.project_id, c.employer_id, c.freelancer_id, c.title, c.terms, c.status,
			c.employer_ends, c.freelancer_ends, c.created_at, c.ended_at, c.order_id, c.revisions_allowed,
			c.revisions_used, c.auto_approve_days""";

	private final JdbcClient jdbc;

	ContractStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Contract contract) {
		jdbc.sql("""
				insert into contracts.contracts (id, offer_id, project_id, employer_id, freelancer_id, title, terms,
				    status, created_at, order_id, revisions_allowed, auto_approve_days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(contract.id(), contract.offerId(), contract.projectId(), contract.employerId(),
					contract.freelancerId(), contract.title(), contract.terms(), contract.status().name(),
					Timestamp.from(contract.createdAt()), contract.rules().orderId(), contract.rules().revisionsAllowed(),
					contract.rules().autoApproveDays())
			.update();
		for (Contract.Milestone m : contract.milestones()) {
			jdbc.sql("""
					insert into contracts.milestones (id, contract_id, position, title, amount, due_date, status)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(m.id(), contract.id(), m.position(), m.title(), m.amount(),
						m.dueDate() == null ? null : Date.valueOf(m.dueDate()), m.status().name())
				.update();
		}
	}

	/** Writes the contract's state and every milestone's (the caller holds the lock). */
	void update(Contract contract) {
		jdbc.sql("""
				update contracts.contracts set status = ?, employer_ends = ?, freelancer_ends = ?, ended_at = ?,
				    revisions_used = ?
				where id = ?""")
			.params(contract.status().name(), contract.employerEnds(), contract.freelancerEnds(),
					timestamp(contract.endedAt()), contract.rules().revisionsUsed(), contract.id())
			.update();
		for (Contract.Milestone m : contract.milestones()) {
			jdbc.sql("""
					update contracts.milestones set status = ?, note = ?, submitted_at = ?, decided_at = ?, released = ?
					where id = ?""")
				.params(m.status().name(), m.note(), timestamp(m.submittedAt()), timestamp(m.decidedAt()),
						m.released(), m.id())
				.update();
		}
	}

	Optional<Contract> find(UUID id) {
		return load("select " + COLUMNS + " from contracts.contracts c where c.id = ?", id);
	}

	/** The contract, locked until the transaction ends, so two steps on it never interleave. */
	Optional<Contract> lock(UUID id) {
		return load("select " + COLUMNS + " from contracts.contracts c where c.id = ? for update", id);
	}

	/** The user's contracts (either side), newest first. */
	List<Contract> of(UserId user, Keyset after) {
		List<Contract> rows = jdbc.sql("select " + COLUMNS + """
				 from contracts.contracts c where (c.employer_id = :me or c.freelancer_id = :me)
				  and (cast(:at as timestamptz) is null or (c.created_at, c.id) < (:at, :id))
				order by c.created_at desc, c.id desc limit :limit""")
			.param("me", user.value())
			.param("at", after == null ? null : after.timestamp())
			.param("id", after == null ? null : after.id())
			.param("limit", PAGE + 1)
			.query((rs, n) -> contract(rs, List.of()))
			.list();
		return rows.stream().map(c -> withMilestones(c)).toList();
	}

	boolean linked(UserId a, UserId b) {
		return jdbc.sql("""
				select exists (select 1 from contracts.contracts
				    where (employer_id = :a and freelancer_id = :b) or (employer_id = :b and freelancer_id = :a))""")
			.param("a", a.value())
			.param("b", b.value())
			.query(Boolean.class)
			.single();
	}

	/** Contracts with a milestone submitted longer ago than the contract's acceptance period, unanswered since. */
	List<UUID> withOverdueSubmissions(Instant now) {
		return jdbc.sql("""
				select distinct m.contract_id from contracts.milestones m join contracts.contracts c on c.id = m.contract_id
				where m.status = 'SUBMITTED' and m.submitted_at < cast(? as timestamptz) - c.auto_approve_days * interval '1 day'
				limit 500""")
			.param(Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	private Optional<Contract> load(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query((rs, n) -> contract(rs, List.of())).optional().map(this::withMilestones);
	}

	private Contract withMilestones(Contract c) {
		List<Contract.Milestone> milestones = jdbc.sql("""
				select id, position, title, amount, due_date, status, note, submitted_at, decided_at, released
				from contracts.milestones where contract_id = ? order by position""")
			.param(c.id())
			.query(ContractStore::milestone)
			.list();
		return new Contract(c.id(), c.offerId(), c.projectId(), c.employerId(), c.freelancerId(), c.title(), c.terms(),
				c.status(), c.employerEnds(), c.freelancerEnds(), c.createdAt(), c.endedAt(), milestones, c.rules());
	}

	private static Contract contract(ResultSet rs, List<Contract.Milestone> milestones) throws SQLException {
		return new Contract(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class),
				rs.getObject("project_id", UUID.class), rs.getObject("employer_id", UUID.class),
				rs.getObject("freelancer_id", UUID.class), rs.getString("title"), rs.getString("terms"),
				Contract.Status.valueOf(rs.getString("status")), rs.getBoolean("employer_ends"),
				rs.getBoolean("freelancer_ends"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("ended_at")), milestones,
				new Contract.Rules(rs.getObject("order_id", UUID.class), (Integer) rs.getObject("revisions_allowed"),
						rs.getInt("revisions_used"), rs.getInt("auto_approve_days")));
	}

	private static Contract.Milestone milestone(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_date");
		return new Contract.Milestone(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("title"),
				rs.getLong("amount"), due == null ? null : due.toLocalDate(),
				Contract.Step.valueOf(rs.getString("status")), rs.getString("note"),
				instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("decided_at")),
				rs.getBoolean("released"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	java.util.Optional<UUID> ofOrder(UUID order) {
		return jdbc.sql("select id from contracts.contracts where order_id = ?").param(order).query(UUID.class).optional();
	}

	/**
	 * A contract between the two with a milestone funded and not refunded (an unpaid order, or money paid in and taken
	 * back, does not count).
	 */
	boolean paidBetween(UUID one, UUID other) {
		return jdbc.sql("""
				select exists (select 1 from contracts.contracts c join contracts.milestones m on m.contract_id = c.id
				    where ((c.employer_id = :one and c.freelancer_id = :other) or (c.employer_id = :other and c.freelancer_id = :one))
				    and m.status in ('FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'DISPUTED'))""")
			.param("one", one)
			.param("other", other)
			.query(Boolean.class)
			.single();
	}

	boolean inDispute(UUID contract) {
		return jdbc.sql("select exists (select 1 from contracts.disputes where contract_id = ? and status = 'OPEN')")
			.param(contract)
			.query(Boolean.class)
			.single();
	}

	/** Titles of the user's contracts with money held in escrow (funded, submitted, changes asked, disputed). */
	java.util.List<String> withEscrowHeld(UUID user) {
		return jdbc.sql("""
				select distinct c.title from contracts.contracts c join contracts.milestones m on m.contract_id = c.id
				where (c.employer_id = :user or c.freelancer_id = :user)
				  and m.status in ('FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'DISPUTED')
				order by c.title""")
			.param("user", user)
			.query(String.class)
			.list();
	}
}
