package com.alujrat.projects.internal;

import com.alujrat.platform.Rejected;

/** A project or bid input refused by a rule. */
public class ProjectRejected extends Rejected {

	public ProjectRejected(String field, String messageKey, Object... arguments) {
		super(field, messageKey, org.springframework.http.HttpStatus.BAD_REQUEST, "validation", arguments);
	}
}
