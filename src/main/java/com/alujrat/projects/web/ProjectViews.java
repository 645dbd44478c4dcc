package com.alujrat.projects.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.profiles.Profiles;
import com.alujrat.projects.internal.Bid;
import com.alujrat.projects.internal.Bidding;
import com.alujrat.projects.internal.Postings;
import com.alujrat.projects.internal.Project;
import com.alujrat.projects.internal.ProjectDetails;
import com.alujrat.projects.internal.ProjectSearch;
import com.alujrat.projects.internal.ProjectSight;
import com.alujrat.shared.PersonName;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/** Projects and bids as the API shows them to the signed-in user (money in paisa). */
@Component
public class ProjectViews {

	private final Accounts accounts;

	private final Bidding bidding;

	private final Postings postings;

	ProjectViews(Accounts accounts, Bidding bidding, Postings postings) {
		this.postings = postings;
		this.accounts = accounts;
		this.bidding = bidding;
	}

	public record Person(UUID id, String name) {
	}

	/**
	 * A project. {@code bidCount} only for its employer; others see {@code bidRange} ("5-10"), freelancers their own
	 * bid as {@code myBid}.
	 */
	public record ProjectView(UUID id, String title, String description, String category, List<String> skills,
			String budgetType, long budgetMin, long budgetMax, LocalDate deadline, ProjectDetails.Location location,
			String visibility, String status, Instant createdAt, Instant publishedAt, Instant expiresAt,
			Person employer, Integer bidCount, String bidRange, BidView myBid, List<FileView> attachments,
			boolean featured) {
	}

	/** An attached file; {@code url} downloads it. */
	public record FileView(UUID id, String name, long size, String url) {
	}

	/** A project in search results; {@code featured} when its employer's plan features it. */
	public record ProjectCard(UUID id, String title, String excerpt, String category, List<String> skills,
			String budgetType, long budgetMin, long budgetMax, ProjectDetails.Location location, String status,
			Instant publishedAt, String bidRange, boolean featured) {
	}

	public record BidView(UUID id, UUID projectId, long amount, int deliveryDays, String coverLetter, String status,
			Instant createdAt, Instant updatedAt, Profiles.FreelancerSummary freelancer, String projectTitle,
			List<FileView> attachments) {
	}

	public record Page<T>(List<T> items, String next) {
	}

	ProjectView project(Postings.Seen seen, SignedInUser user) {
		Project p = seen.project();
		ProjectDetails d = p.details();
		int count = bidding.count(p.id());
		// The exact count for the employer; a range for everyone else, staff included.
		boolean counts = seen.role() == ProjectSight.Role.OWNER;
		BidView mine = seen.role() == ProjectSight.Role.FREELANCER
				? bidding.mine(p.id(), user.id()).map(b -> bid(b, null, null, bidding.attachments(b.id()))).orElse(null)
				: null;
		return new ProjectView(p.id(), d.title(), d.description(), d.category(), d.skills(), d.budgetType(),
				d.budgetMin(), d.budgetMax(), d.deadline(), d.location(), d.visibility(), p.status().name(),
				p.createdAt(), p.publishedAt(), p.expiresAt(), employer(p, seen.role()), counts ? count : null,
				Bidding.range(count), mine, postings.attachments(p.id())
					.stream()
					.map(a -> new FileView(a.id(), a.name(), a.size(), "/projects/" + p.id() + "/attachments/" + a.id()))
					.toList(),
				!postings.featured(List.of(p.id())).isEmpty());
	}

	/** Cards for a list of projects, their featured marks read at once. */
	List<ProjectCard> cards(List<Project> projects) {
		java.util.Set<UUID> featured = postings.featured(projects.stream().map(Project::id).toList());
		return projects.stream()
			.map(p -> card(p, Bidding.range(bidding.count(p.id())), featured.contains(p.id())))
			.toList();
	}

	ProjectCard card(Project p, String bidRange, boolean featured) {
		ProjectDetails d = p.details();
		String excerpt = d.description().length() > 240 ? d.description().substring(0, 240) + "…" : d.description();
		return new ProjectCard(p.id(), d.title(), excerpt, d.category(), d.skills(), d.budgetType(), d.budgetMin(),
				d.budgetMax(), d.location(), p.status().name(), p.publishedAt(), bidRange, featured);
	}

	Page<ProjectCard> cards(ProjectSearch.Page page) {
		return new Page<>(page.items().stream().map(hit -> card(hit.project(), hit.bidRange(), hit.featured())).toList(),
				page.next());
	}

	static BidView bid(Bid b, Profiles.FreelancerSummary freelancer, String projectTitle,
			List<com.alujrat.platform.Attachments.Attachment> files) {
		return new BidView(b.id(), b.projectId(), b.amount(), b.deliveryDays(), b.coverLetter(), b.status().name(),
				b.createdAt(), b.updatedAt(), freelancer, projectTitle, files.stream()
					.map(f -> new FileView(f.id(), f.name(), f.size(), "/bids/" + b.id() + "/attachments/" + f.id()))
					.toList());
	}

	/** The employer as "Ayesha K." to everyone but themselves. */
	private Person employer(Project p, ProjectSight.Role role) {
		String name = accounts.find(new UserId(p.employerId())).map(a -> a.fullName()).orElse("");
		return new Person(p.employerId(), role == ProjectSight.Role.OWNER ? name : PersonName.shortForm(name));
	}
}
