package com.alujrat.billing;

import com.alujrat.billing.internal.Plan;
import com.alujrat.billing.internal.Subscriptions;
import com.alujrat.projects.BidAllowance;
import com.alujrat.projects.EmployerPlans;
import com.alujrat.projects.FreelancerPlans;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * What a person's plan grants now: project access, bids per month and what is left of them this month, and for
 * employers whether their projects are featured.
 */
@Service
public class Entitlements implements FreelancerPlans, EmployerPlans {

	private final Subscriptions subscriptions;

	private final BidAllowance allowance;

	Entitlements(Subscriptions subscriptions, BidAllowance allowance) {
		this.subscriptions = subscriptions;
		this.allowance = allowance;
	}

	/** All of it at once, from one look at the plan. */
	public record Granted(boolean canViewProjects, int bidQuota, int remainingBids) {
	}

	public Granted granted(UserId user) {
		Plan plan = plan(user);
		int quota = plan.monthlyBids() == null ? 0 : plan.monthlyBids();
		return new Granted(plan.projectAccess(), quota, Math.max(0, quota - allowance.usedThisMonth(user)));
	}

	public boolean canViewProjects(UserId user) {
		return plan(user).projectAccess();
	}

	@Override
	public int bidQuota(UserId user) {
		Integer bids = plan(user).monthlyBids();
		return bids == null ? 0 : bids;
	}

	public int remainingBids(UserId user) {
		return granted(user).remainingBids();
	}

	@Override
	public boolean featuresProjects(UserId employer) {
		return plan(employer).featuredProjects();
	}

	@Override
	public boolean grantsProjectAccess(UserId freelancer) {
		return canViewProjects(freelancer);
	}

	private Plan plan(UserId user) {
		return subscriptions.current(user).plan();
	}
}
