package com.alujrat.profiles.internal;

import java.util.Map;
import java.util.UUID;

import com.alujrat.profiles.Section;
import com.alujrat.profiles.Visibility;
import com.alujrat.profiles.internal.ProfileData.EmployerFields;
import com.alujrat.profiles.internal.ProfileData.FreelancerFields;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving one's own profile, for the edit page and the API alike: the visibility choices are checked first, then the
 * fields of the owner's kind of profile and the choices are saved, all in one transaction, so a refusal anywhere
 * leaves everything as it was.
 */
@Service
public class ProfileEditing {

	private final FreelancerProfiles freelancers;

	private final EmployerProfiles employers;

	private final VisibilitySettings visibility;

	ProfileEditing(FreelancerProfiles freelancers, EmployerProfiles employers, VisibilitySettings visibility) {
		this.freelancers = freelancers;
		this.employers = employers;
		this.visibility = visibility;
	}

	/** Saves {@code freelancer} for a freelancer and {@code employer} for an employer; the other is ignored. */
	@Transactional
	public void save(UUID owner, boolean isFreelancer, FreelancerFields freelancer, EmployerFields employer,
			Map<Section, Visibility> choices) {
		visibility.check(choices);
		if (isFreelancer) {
			freelancers.save(owner, freelancer);
		}
		else {
			employers.save(owner, employer);
		}
		visibility.set(owner, choices);
	}
}
