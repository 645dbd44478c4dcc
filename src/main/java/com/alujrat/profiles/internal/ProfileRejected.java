package com.alujrat.profiles.internal;

import com.alujrat.platform.Rejected;

/** A profile input refused by a rule. */
public class ProfileRejected extends Rejected {

	public ProfileRejected(String field, String messageKey) {
		super(field, messageKey);
	}
}
