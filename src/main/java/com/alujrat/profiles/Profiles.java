package com.alujrat.profiles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.profiles.internal.FreelancerProfiles;
import com.alujrat.profiles.internal.ProfileViews;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of profiles: a person as the signed-in user may see them. */
@Service
public class Profiles {

	private final ProfileViews views;

	private final FreelancerProfiles freelancers;

	private final Taxonomy taxonomy;

	Profiles(ProfileViews views, FreelancerProfiles freelancers, Taxonomy taxonomy) {
		this.views = views;
		this.freelancers = freelancers;
		this.taxonomy = taxonomy;
	}

	/** What a freelancer told about their work, to match projects to them: skills, their categories, city. */
	public record Interests(List<String> skills, List<String> categories, String city) {
	}

	/** The freelancer's own interests, read for their own use ("to personalize your experience"). */
	public Interests interests(UserId freelancer) {
		return freelancers.find(freelancer.value())
			.map(stored -> new Interests(stored.fields().skills(),
					stored.fields().skills().stream().map(taxonomy::skill).filter(java.util.Objects::nonNull)
						.map(Taxonomy.Skill::categoryId).distinct().toList(),
					stored.fields().city()))
			.orElse(new Interests(List.of(), List.of(), ""));
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
