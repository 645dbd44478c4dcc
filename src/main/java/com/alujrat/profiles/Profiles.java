package com.alujrat.profiles;

import java.util.Optional;
import java.util.UUID;

import com.alujrat.profiles.internal.ProfileViews;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of profiles: a person as the signed-in user may see them. */
@Service
public class Profiles {

	private final ProfileViews views;

	Profiles(ProfileViews views) {
		this.views = views;
	}

	/**
	 * A freelancer in a list (the bids on a project, say): "Ayesha K." before a hire, each field only if the
	 * freelancer's visibility settings show it to the signed-in user (null otherwise).
	 */
	public record FreelancerSummary(UUID id, String name, boolean verified, String headline, String photoUrl,
			String city) {
	}

	public Optional<FreelancerSummary> freelancer(UserId freelancer) {
		UUID id = freelancer.value();
		return views.freelancer(id, views.viewerOf(id))
			.map(view -> new FreelancerSummary(id, view.name(), view.verified(), view.headline(), view.photoUrl(),
					view.city()));
	}
}
