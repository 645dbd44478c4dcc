package com.alujrat.contracts;

import java.util.UUID;

public record ContractId(UUID value) {

	public ContractId {
		if (value == null) {
			throw new IllegalArgumentException("contract id must not be null");
		}
	}
}
