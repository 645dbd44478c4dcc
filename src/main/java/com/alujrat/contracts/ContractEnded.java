package com.alujrat.contracts;

import com.alujrat.shared.UserId;

/** A contract completed (every milestone approved) or was cancelled by both parties; reviews open now. */
public record ContractEnded(ContractId contract, UserId employer, UserId freelancer, boolean completed) {
}
