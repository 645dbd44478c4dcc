package com.alujrat.projects;

import com.alujrat.shared.UserId;

/**
 * What a freelancer's plan grants here; {@code billing} implements it. Every registered freelancer sees projects
 * unless {@code alujrat.projects.plan-required} is set, when only a plan granting project access opens them.
 */
public interface FreelancerPlans {

	boolean grantsProjectAccess(UserId freelancer);

	int bidQuota(UserId freelancer);
}
