package com.alujrat.contracts.internal;

import com.alujrat.profiles.ContractLinks;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/** Two users are linked once a contract between them exists, whatever became of it since. */
@Component
class ContractParties implements ContractLinks {

	private final ContractStore store;

	ContractParties(ContractStore store) {
		this.store = store;
	}

	@Override
	public boolean hasContractBetween(UserId a, UserId b) {
		return store.linked(a, b);
	}
}
