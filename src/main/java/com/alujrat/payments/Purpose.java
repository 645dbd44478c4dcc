package com.alujrat.payments;

/** What a checkout pays for. */
public enum Purpose {
	MILESTONE, SUBSCRIPTION, POSTING_FEE
}
