package com.alujrat.projects.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.alujrat.platform.Rejected;
import com.alujrat.projects.ProjectId;
import com.alujrat.shared.UserId;

/**
 * A project posting. It guards its own steps: a draft is published once; an open project closes, expires or is
 * hired; a closed or expired one reopens or is extended; a hired one no longer changes.
 */
public record Project(UUID id, UUID employerId, ProjectDetails details, Status status, Instant createdAt,
		Instant publishedAt, Instant expiresAt) {

	public enum Status {
		DRAFT, OPEN, CLOSED, EXPIRED, HIRED
	}

	public ProjectId projectId() {
		return new ProjectId(id);
	}

	public UserId employer() {
		return new UserId(employerId);
	}

	public boolean postedBy(UserId user) {
		return employerId.equals(user.value());
	}

	public boolean invitationOnly() {
		return "INVITED".equals(details.visibility());
	}

	public boolean open() {
		return status == Status.OPEN;
	}

	Project published(Instant now, Duration openFor) {
		if (status != Status.DRAFT) {
			throw Rejected.conflict("project.notDraft");
		}
		return new Project(id, employerId, details, Status.OPEN, createdAt, now, now.plus(openFor));
	}

	Project edited(ProjectDetails changed) {
		if (status == Status.HIRED) {
			throw Rejected.conflict("project.hired");
		}
		return new Project(id, employerId, changed, status, createdAt, publishedAt, expiresAt);
	}

	Project closed() {
		if (status != Status.OPEN && status != Status.EXPIRED) {
			throw Rejected.conflict("project.notOpen");
		}
		return withStatus(Status.CLOSED, expiresAt);
	}

	/** Open again (a closed or expired project, or more time for an open one) for another full period. */
	Project reopened(Instant now, Duration openFor) {
		if (status != Status.CLOSED && status != Status.EXPIRED && status != Status.OPEN) {
			throw Rejected.conflict("project.notReopenable");
		}
		Instant from = expiresAt != null && expiresAt.isAfter(now) ? expiresAt : now;
		return withStatus(Status.OPEN, from.plus(openFor));
	}

	Project expired() {
		if (status != Status.OPEN) {
			throw Rejected.conflict("project.notOpen");
		}
		return withStatus(Status.EXPIRED, expiresAt);
	}

	Project hired() {
		if (status != Status.OPEN) {
			throw Rejected.conflict("project.notOpen");
		}
		return withStatus(Status.HIRED, expiresAt);
	}

	private Project withStatus(Status next, Instant expires) {
		return new Project(id, employerId, details, next, createdAt, publishedAt, expires);
	}
}
