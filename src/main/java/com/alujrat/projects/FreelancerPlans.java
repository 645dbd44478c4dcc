package com.alujrat.projects;

import com.alujrat.shared.UserId;

/**
 * What a freelancer's plan grants here. {@code billing} implements it; without it, every registered freelancer
 * sees projects unless {@code alujrat.projects.plan-required} is set, and bids per month come from
 * {@code alujrat.bids.monthly-quota}.
 */
public interface FreelancerPlans {

	boolean grantsProjectAccess(UserId freelancer);

	int bidQuota(UserId freelancer);
}
