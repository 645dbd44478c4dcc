package com.alujrat.projects.internal;

import java.util.List;
import java.util.Optional;

import com.alujrat.projects.FreelancerPlans;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a project (the privacy policy): its employer; a freelancer who was invited or bid on it; any
 * registered freelancer for a published project open to all, when their plan grants project access (if plans
 * require it); staff. Not other employers, not visitors. Staff looking at what no freelancer could see (a draft,
 * an invitation-only project) name a purpose, and the look is logged.
 */
@Component
public class ProjectSight {

	public enum Role {
		OWNER, FREELANCER, STAFF
	}

	/** Why staff may look at a project no freelancer could see. */
	public static final List<String> STAFF_PURPOSES = List.of("SUPPORT_REQUEST", "DISPUTE", "FRAUD_CHECK",
			"LEGAL_REQUEST");

	private static final List<String> STAFF_ROLES = List.of("ADMIN", "SUPPORT", "VERIFIER", "FINANCE", "LEGAL");

	private final JdbcClient jdbc;

	private final FreelancerPlans plans;

	private final boolean planRequired;

	// Lazy: the plans (billing) ask this module how many bids were used, which needs this class.
	ProjectSight(JdbcClient jdbc, @Lazy FreelancerPlans plans,
			@Value("${alujrat.projects.plan-required:false}") boolean planRequired) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.planRequired = planRequired;
	}

	/** How the user sees the project, or empty when they may not know it exists. */
	@Transactional
	public Optional<Role> of(Project project, SignedInUser user, String purpose) {
		if (user == null) {
			return Optional.empty();
		}
		if (project.postedBy(user.id())) {
			return Optional.of(Role.OWNER);
		}
		boolean published = project.status() != Project.Status.DRAFT;
		if ("FREELANCER".equals(user.accountType()) && published && freelancerSees(project, user.id())) {
			return Optional.of(Role.FREELANCER);
		}
		if (isStaff(user)) {
			if (published && !project.invitationOnly()) {
				return Optional.of(Role.STAFF);
			}
			if (purpose != null && STAFF_PURPOSES.contains(purpose)) {
				jdbc.sql("insert into projects.staff_views (project_id, viewer_id, purpose) values (?, ?, ?)")
					.params(project.id(), user.id().value(), purpose)
					.update();
				return Optional.of(Role.STAFF);
			}
		}
		return Optional.empty();
	}

	private boolean freelancerSees(Project project, UserId freelancer) {
		if (!project.invitationOnly() && hasProjectAccess(freelancer)) {
			return true;
		}
		return jdbc.sql("""
				select exists (select 1 from projects.invitations where project_id = :p and freelancer_id = :f)
				    or exists (select 1 from projects.bids where project_id = :p and freelancer_id = :f)""")
			.param("p", project.id())
			.param("f", freelancer.value())
			.query(Boolean.class)
			.single();
	}

	/** Whether the user works as staff now (a staff role and two-factor on). */
	public boolean isStaff(SignedInUser user) {
		return user != null && STAFF_ROLES.stream().anyMatch(user::actsAsStaff);
	}

	/** Whether the freelancer may see projects open to all registered freelancers. */
	public boolean hasProjectAccess(UserId freelancer) {
		return !planRequired || plans.grantsProjectAccess(freelancer);
	}

	public int bidQuota(UserId freelancer) {
		return plans.bidQuota(freelancer);
	}
}
