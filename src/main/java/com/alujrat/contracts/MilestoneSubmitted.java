package com.alujrat.contracts;

import com.alujrat.shared.UserId;

public record MilestoneSubmitted(ContractId contract, MilestoneId milestone, UserId employer) {
}
