package com.alujrat.accounts;

public enum AccountStatus {
	ACTIVE,
	/** A minor employer whose parent or guardian has not yet consented: may browse, not post or pay. */
	AWAITING_GUARDIAN,
	CLOSED
}
