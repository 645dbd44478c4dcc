package com.alujrat.contracts;

import java.util.UUID;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/**
 * Staff decided a dispute: {@code payments} pays {@code toFreelancer} from the milestone's escrow to the freelancer
 * and refunds {@code toEmployer} (a release gives all to the freelancer, a refund all to the employer).
 */
public record DisputeDecided(UUID dispute, ContractId contract, MilestoneId milestone, UserId employer,
		UserId freelancer, String decision, Money toFreelancer, Money toEmployer, String reason) {
}
