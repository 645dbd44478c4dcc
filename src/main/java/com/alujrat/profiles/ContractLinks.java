package com.alujrat.profiles;

import com.alujrat.shared.UserId;

/**
 * Whether a contract links two users (then full names and after-hire sections are shared). The contracts module
 * will provide it; until then no two users are linked.
 */
public interface ContractLinks {

	boolean hasContractBetween(UserId a, UserId b);
}
