package com.alujrat.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.catalog.internal.Listings;
import com.alujrat.catalog.internal.ServiceDetails;
import com.alujrat.profiles.Profiles;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/** Services as the API and pages show them (prices in paisa), the freelancer as their profile settings allow. */
@Component
public class ServiceViews {

	private final Profiles profiles;

	ServiceViews(Profiles profiles) {
		this.profiles = profiles;
	}

	public record ServiceView(UUID id, String title, String description, String category, List<String> skills,
			List<ServiceDetails.Package> packages, List<String> questions, List<String> gallery, String status,
			Instant createdAt, Profiles.FreelancerSummary freelancer) {
	}

	public record ServiceCard(UUID id, String title, String category, List<String> skills, long fromPrice,
			String imageUrl, Profiles.FreelancerSummary freelancer) {
	}

	public record Page<T>(List<T> items, String next) {
	}

	public ServiceView service(Listings.Listing s) {
		ServiceDetails d = s.details();
		return new ServiceView(s.id(), d.title(), d.description(), d.category(), d.skills(), d.packages(), d.questions(),
				s.gallery().stream().map(n -> "/services/" + s.id() + "/images/" + n).toList(), s.status(), s.createdAt(),
				profiles.freelancer(new UserId(s.freelancerId())).orElse(null));
	}

	public Page<ServiceCard> cards(Listings.Page page) {
		return new Page<>(page.items()
			.stream()
			.map(s -> new ServiceCard(s.id(), s.details().title(), s.details().category(), s.details().skills(),
					s.fromPrice(), s.gallery().isEmpty() ? null : "/services/" + s.id() + "/images/1",
					profiles.freelancer(new UserId(s.freelancerId())).orElse(null)))
			.toList(), page.next());
	}
}
