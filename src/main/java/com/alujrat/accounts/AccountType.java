package com.alujrat.accounts;

/** What a person came to do. Staff accounts are created by the platform, never by sign-up. */
public enum AccountType {
	EMPLOYER, FREELANCER, STAFF
}
