package com.alujrat.contracts;

import com.alujrat.shared.UserId;

/** A freelancer accepted an offer: the two users are linked from now on. */
public record ContractStarted(ContractId contract, UserId employer, UserId freelancer) {
}
