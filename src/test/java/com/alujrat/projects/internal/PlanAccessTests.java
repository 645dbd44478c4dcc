package com.alujrat.projects.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.alujrat.projects.FreelancerPlans;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code alujrat.projects.plan-required}, only a plan that grants project access opens projects to all. */
@IntegrationTest
class PlanAccessTests extends PlatformTestSupport {

	@Autowired
	ProjectStore store;

	@Test
	void whenPlansAreRequiredOnlyFreelancersWhosePlanGrantsAccessSeeProjectsOpenToAll() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Api employer = market.as(market.verified("EMPLOYER"));
		UUID id = market.published(employer, Map.of());
		Project project = store.find(id).orElseThrow();
		UserId paying = new UserId(UUID.randomUUID());
		FreelancerPlans plans = new FreelancerPlans() {

			@Override
			public boolean grantsProjectAccess(UserId freelancer) {
				return freelancer.equals(paying);
			}

			@Override
			public int bidQuota(UserId freelancer) {
				return 50;
			}
		};
		ProjectSight required = new ProjectSight(jdbc, plans, true);
		ProjectSight open = new ProjectSight(jdbc, plans, false);

		assertThat(required.of(project, freelancer(paying), null)).contains(ProjectSight.Role.FREELANCER);
		assertThat(required.of(project, freelancer(new UserId(UUID.randomUUID())), null)).isEmpty();
		assertThat(open.of(project, freelancer(new UserId(UUID.randomUUID())), null)).contains(ProjectSight.Role.FREELANCER);
		assertThat(required.bidQuota(paying)).isEqualTo(50);
	}

	private static SignedInUser freelancer(UserId id) {
		return new SignedInUser(id, "Ayesha K.", "FREELANCER", true, Set.of(), false);
	}
}
