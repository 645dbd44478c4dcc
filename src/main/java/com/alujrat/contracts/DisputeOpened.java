package com.alujrat.contracts;

import java.util.UUID;

import com.alujrat.shared.UserId;

/** A party disputed a funded milestone: its money is frozen until SUPPORT staff decide. */
public record DisputeOpened(UUID dispute, ContractId contract, MilestoneId milestone, UserId openedBy,
		UserId otherParty) {
}
