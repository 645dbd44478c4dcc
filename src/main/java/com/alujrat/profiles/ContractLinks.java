package com.alujrat.profiles;

import com.alujrat.shared.UserId;

/**
 * Whether a contract links two users (then full names and after-hire sections are shared). The contracts module
 * provides it.
 */
public interface ContractLinks {

	boolean hasContractBetween(UserId a, UserId b);
}
