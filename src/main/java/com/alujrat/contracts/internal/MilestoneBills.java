package com.alujrat.contracts.internal;

import java.util.UUID;

import com.alujrat.payments.Payables;
import com.alujrat.payments.Purpose;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A milestone is owed by its contract's employer, once, while the contract runs and the milestone awaits funding. */
@Component
class MilestoneBills implements Payables {

	private final JdbcClient jdbc;

	private final ContractStore store;

	MilestoneBills(JdbcClient jdbc, ContractStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public Purpose purpose() {
		return Purpose.MILESTONE;
	}

	@Override
	public Bill bill(UUID milestoneId, UserId payer) {
		Contract contract = jdbc.sql("select contract_id from contracts.milestones where id = ?")
			.param(milestoneId)
			.query(UUID.class)
			.optional()
			.flatMap(store::find)
			.filter(c -> c.isEmployer(payer))
			.orElseThrow(() -> new NotFound("No such milestone."));
		Contract.Milestone milestone = contract.milestone(milestoneId);
		if (contract.status() != Contract.Status.ACTIVE || milestone.status() != Contract.Step.AWAITING_FUNDING) {
			throw Rejected.conflict("milestone.notAwaitingFunding");
		}
		return new Bill(new Money(milestone.amount()), contract.title() + " · " + milestone.title(), contract.id());
	}

	/** A disputed milestone's money is for SUPPORT to decide, not for a refund under the policy. */
	@Override
	public boolean refundableByStaff(UUID milestoneId) {
		return jdbc.sql("select status from contracts.milestones where id = ?")
			.param(milestoneId)
			.query(String.class)
			.optional()
			.map(status -> !Contract.Step.DISPUTED.name().equals(status))
			.orElse(true);
	}
}
