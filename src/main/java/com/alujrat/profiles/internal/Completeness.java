package com.alujrat.profiles.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.stereotype.Component;

/** How complete a freelancer's profile is, and the next step that would help most. */
@Component
public class Completeness {

	private final FreelancerProfiles freelancers;

	private final EmployerProfiles employers;

	private final Verifications verifications;

	Completeness(FreelancerProfiles freelancers, EmployerProfiles employers, Verifications verifications) {
		this.freelancers = freelancers;
		this.employers = employers;
		this.verifications = verifications;
	}

	/** Percent done and the message key of the next step ({@code null} when complete). */
	public record Meter(int percent, String nextStep) {
	}

	public Meter freelancer(UUID userId) {
		Map<String, Boolean> steps = new LinkedHashMap<>();
		var stored = freelancers.find(userId);
		var fields = stored.map(FreelancerProfiles.Stored::fields);
		steps.put("profile.next.verify", verifications.isVerified(new UserId(userId)));
		steps.put("profile.next.photo", stored.map(s -> s.photoKey() != null).orElse(false));
		steps.put("profile.next.headline", fields.map(f -> !f.headline().isBlank()).orElse(false));
		steps.put("profile.next.skills", fields.map(f -> f.skills().size() >= 3).orElse(false));
		steps.put("profile.next.bio", fields.map(f -> f.bio().length() >= 100).orElse(false));
		steps.put("profile.next.rate", fields.map(f -> f.hourlyRateRupees() != null).orElse(false));
		steps.put("profile.next.languages", fields.map(f -> !f.languages().isEmpty()).orElse(false));
		steps.put("profile.next.location", fields.map(f -> !f.city().isBlank()).orElse(false));
		steps.put("profile.next.portfolio", !freelancers.portfolio(userId).isEmpty());
		steps.put("profile.next.experience", !freelancers.experience(userId).isEmpty());
		steps.put("profile.next.education", !freelancers.education(userId).isEmpty());
		return meter(steps);
	}

	public Meter employer(UUID userId) {
		Map<String, Boolean> steps = new LinkedHashMap<>();
		var stored = employers.find(userId);
		var fields = stored.map(EmployerProfiles.Stored::fields);
		steps.put("profile.next.verify", verifications.isVerified(new UserId(userId)));
		steps.put("profile.next.photo", stored.map(s -> s.photoKey() != null).orElse(false));
		steps.put("profile.next.description", fields.map(f -> !f.description().isBlank()).orElse(false));
		steps.put("profile.next.location", fields.map(f -> !f.city().isBlank()).orElse(false));
		return meter(steps);
	}

	private static Meter meter(Map<String, Boolean> steps) {
		long done = steps.values().stream().filter(Boolean::booleanValue).count();
		String next = steps.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst().orElse(null);
		return new Meter((int) (done * 100 / steps.size()), next);
	}
}
