package com.alujrat.contracts;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/** A funded milestone of a cancelled contract: {@code payments} refunds its escrow to the employer. */
public record RefundRequested(ContractId contract, MilestoneId milestone, UserId employer, Money amount) {
}
