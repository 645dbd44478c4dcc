package com.alujrat.projects.internal;

import com.alujrat.platform.Rejected;

import org.springframework.http.HttpStatus;

/** A project or bid input refused by a rule, or a step its current state does not allow (409). */
public class ProjectRejected extends Rejected {

	public ProjectRejected(String field, String messageKey, Object... arguments) {
		super(field, messageKey, HttpStatus.BAD_REQUEST, "validation", arguments);
	}

	private ProjectRejected(String field, String messageKey, HttpStatus status, String slug) {
		super(field, messageKey, status, slug);
	}

	/** The step does not fit the state the project or bid is in now (publish twice, bid on a closed project). */
	public static ProjectRejected conflict(String messageKey) {
		return new ProjectRejected("status", messageKey, HttpStatus.CONFLICT, "state-conflict");
	}

	/** The user may not take this step at all (an unverified employer publishing, say). */
	public static ProjectRejected forbidden(String field, String messageKey) {
		return new ProjectRejected(field, messageKey, HttpStatus.FORBIDDEN, "forbidden");
	}
}
