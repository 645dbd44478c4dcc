package com.alujrat.accounts;

/** Back-office roles; each grants only what its work needs. */
public enum StaffRole {
	ADMIN, VERIFIER, SUPPORT, FINANCE, LEGAL
}
