package com.alujrat.verification;

public enum VerificationStatus {
	NOT_SUBMITTED, PENDING, APPROVED, REJECTED
}
