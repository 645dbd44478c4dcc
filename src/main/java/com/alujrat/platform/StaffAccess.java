package com.alujrat.platform;

import java.time.Instant;
import java.util.List;

import com.alujrat.shared.UserId;

/**
 * The looks staff took at a person's data beyond what a registered user sees, as the module that logged them reports
 * them ("who saw my data"). Staff are named by role, never by name.
 */
public interface StaffAccess {

	List<Look> of(UserId user);

	/** {@code what} is a message key naming what was looked at ("access.what.documents"). */
	record Look(Instant at, String role, String what, String purpose) {
	}
}
