package com.alujrat.contracts.internal;

import com.alujrat.platform.Rejected;

/** An offer or contract input refused by a rule. */
public class ContractRejected extends Rejected {

	public ContractRejected(String field, String messageKey, Object... arguments) {
		super(field, messageKey, org.springframework.http.HttpStatus.BAD_REQUEST, "validation", arguments);
	}
}
