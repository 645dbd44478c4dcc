package com.alujrat.contracts;

import java.time.Instant;
import java.util.Optional;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of contracts: who a contract is between and whether it has ended. */
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
}
