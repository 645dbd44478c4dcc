package com.alujrat.contracts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of contracts: who a contract is between, whether it has ended, whether it is disputed. */
@Service
public class Contracts {

	private final Agreements agreements;

	Contracts(Agreements agreements) {
		this.agreements = agreements;
	}

	/** A contract's parties and state; {@code endedAt} is null while it runs. */
	public record Parties(ContractId id, String title, UserId employer, UserId freelancer, boolean ended,
			Instant endedAt) {

		public boolean includes(UserId user) {
			return employer.equals(user) || freelancer.equals(user);
		}

		public UserId other(UserId user) {
			return employer.equals(user) ? freelancer : employer;
		}
	}

	public Optional<Parties> parties(ContractId id) {
		return agreements.find(id.value())
			.map(c -> new Parties(id, c.title(), new UserId(c.employerId()), new UserId(c.freelancerId()),
					c.endedAt() != null, c.endedAt()));
	}

	/** The contract a service order started. */
	public Optional<Parties> ofOrder(UUID order) {
		return agreements.ofOrder(order).flatMap(id -> parties(new ContractId(id)));
	}

	/**
	 * Whether a contract, running or ended, links these two users with a milestone funded and not refunded: a hire
	 * lifts the guard on contact details. An order placed and left unpaid, or money paid in and refunded, does not.
	 */
	public boolean hired(UserId one, UserId other) {
		return agreements.paidBetween(one.value(), other.value());
	}

	/** Titles of the user's contracts that still hold money in escrow: an account with any may not close yet. */
	public java.util.List<String> withEscrowHeld(UserId user) {
		return agreements.withEscrowHeld(user.value());
	}

	/** Whether a milestone of this contract is in an open dispute (staff may then join its conversation). */
	public boolean inDispute(ContractId id) {
		return agreements.inDispute(id.value());
	}
}
