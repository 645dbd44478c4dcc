package com.alujrat.contracts;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/** The employer (or the 14-day rule) approved a milestone: {@code payments} releases its escrow to the freelancer. */
public record MilestoneApproved(ContractId contract, MilestoneId milestone, UserId freelancer, Money amount) {
}
