package com.alujrat.projects.web;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import com.alujrat.profiles.Taxonomy;
import com.alujrat.projects.internal.BidTerms;
import com.alujrat.projects.internal.Bidding;
import com.alujrat.projects.internal.Matches;
import com.alujrat.projects.internal.Postings;
import com.alujrat.projects.internal.ProjectDetails;
import com.alujrat.projects.internal.ProjectSearch;
import com.alujrat.projects.internal.SavedSearches;
import com.alujrat.projects.internal.SearchFilters;
import com.alujrat.shared.SignedInUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Projects and bids for the mobile apps. Whoever may not see a project gets 404, whether it exists or not. */
@RestController
@RequestMapping("/api/v1")
class ProjectApi {

	private final Postings postings;

	private final Bidding bidding;

	private final ProjectSearch search;

	private final ProjectViews views;

	private final Taxonomy taxonomy;

	private final Matches matches;

	private final SavedSearches saved;

	ProjectApi(Postings postings, Bidding bidding, ProjectSearch search, ProjectViews views, Taxonomy taxonomy,
			Matches matches, SavedSearches saved) {
		this.matches = matches;
		this.saved = saved;
		this.postings = postings;
		this.bidding = bidding;
		this.search = search;
		this.views = views;
		this.taxonomy = taxonomy;
	}

	record Created(UUID id) {
	}

	record Invitation(UUID freelancerId) {
	}

	record NewSavedSearch(String name, String query) {
	}

	record Query(String query) {
	}

	@PostMapping("/projects")
	@Operation(summary = "Create a project as a draft (employers)")
	ResponseEntity<Created> create(@RequestBody ProjectDetails details) {
		UUID id = postings.draft(me().id(), details);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(new Created(id));
	}

	@GetMapping("/projects")
	@Operation(summary = "Search the open projects the caller may see, one page after the cursor")
	ProjectViews.Page<ProjectViews.ProjectCard> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String skills,
			@RequestParam(required = false) String budgetMin, @RequestParam(required = false) String budgetMax,
			@RequestParam(required = false) String budgetType, @RequestParam(required = false) String mode,
			@RequestParam(required = false) String city, @RequestParam(required = false) String postedWithin,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int limit) {
		SearchFilters filters = SearchFilters.parse(q, category, skills, budgetType, budgetMin, budgetMax, mode, city,
				postedWithin, sort, taxonomy);
		return views.cards(search.search(me(), filters, after, limit));
	}

	@GetMapping("/me/projects")
	@Operation(summary = "The caller's own projects in every state, newest first")
	ProjectViews.Page<ProjectViews.ProjectCard> mine(@RequestParam(required = false) String after) {
		Postings.Page page = postings.of(me().id(), after);
		return new ProjectViews.Page<>(views.cards(page.items()), page.next());
	}

	@GetMapping("/projects/{id}")
	@Operation(summary = "A project the caller may see (staff name a purpose for drafts and invitation-only projects)")
	ProjectViews.ProjectView project(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		SignedInUser user = SignedInUser.current().orElse(null);
		return views.project(postings.seen(id, user, purpose), user);
	}

	@PutMapping("/projects/{id}")
	@Operation(summary = "Change one of the caller's projects")
	ProjectViews.ProjectView edit(@PathVariable UUID id, @RequestBody ProjectDetails details) {
		postings.edit(id, me().id(), details);
		return own(id);
	}

	@PostMapping("/projects/{id}/publish")
	@Operation(summary = "Publish a draft (identity-verified employers)")
	ProjectViews.ProjectView publish(@PathVariable UUID id) {
		postings.publish(id, me().id());
		return own(id);
	}

	@PostMapping("/projects/{id}/close")
	@Operation(summary = "Close an open project; its bids go back to their freelancers' quotas")
	ProjectViews.ProjectView close(@PathVariable UUID id) {
		postings.close(id, me().id());
		return own(id);
	}

	@PostMapping("/projects/{id}/reopen")
	@Operation(summary = "Reopen a closed or expired project, or extend an open one, for another 30 days")
	ProjectViews.ProjectView reopen(@PathVariable UUID id) {
		postings.reopen(id, me().id());
		return own(id);
	}

	@PostMapping(value = "/projects/{id}/attachments", consumes = "multipart/form-data")
	@Operation(summary = "Attach a file to one of the caller's projects (PDF, JPEG, PNG or Office; 20 MB; up to 10)")
	ResponseEntity<Created> attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		var added = postings.attach(id, me().id(), file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/projects/" + id + "/attachments/" + added.id()))
			.body(new Created(added.id()));
	}

	@PostMapping("/projects/{id}/invitations")
	@Operation(summary = "Invite a freelancer to one of the caller's projects")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void invite(@PathVariable UUID id, @RequestBody Invitation invitation) {
		postings.invite(id, me().id(), invitation.freelancerId());
	}

	@PostMapping("/projects/{id}/bids")
	@Operation(summary = "Bid on a project (identity-verified freelancers, once per project)")
	ResponseEntity<Created> bid(@PathVariable UUID id, @RequestBody BidTerms terms) {
		UUID bid = bidding.place(id, me(), terms);
		return ResponseEntity.created(URI.create("/api/v1/me/bids")).body(new Created(bid));
	}

	@GetMapping("/projects/{id}/bids")
	@Operation(summary = "The bids on one of the caller's projects, newest first")
	ProjectViews.Page<ProjectViews.BidView> bids(@PathVariable UUID id, @RequestParam(required = false) String after) {
		Bidding.Page<Bidding.Received> page = bidding.onProject(id, me().id(), after);
		return new ProjectViews.Page<>(
				page.items().stream().map(r -> ProjectViews.bid(r.bid(), r.bidder(), null, bidding.attachments(r.bid().id())))
					.toList(), page.next());
	}

	@GetMapping("/me/bids")
	@Operation(summary = "The caller's own bids, newest first")
	ProjectViews.Page<ProjectViews.BidView> myBids(@RequestParam(required = false) String after) {
		Bidding.Page<Bidding.Own> page = bidding.of(me().id(), after);
		return new ProjectViews.Page<>(
				page.items().stream().map(o -> ProjectViews.bid(o.bid(), null, o.projectTitle(), bidding.attachments(o.bid().id())))
					.toList(),
				page.next());
	}

	@PostMapping(value = "/bids/{id}/attachments", consumes = "multipart/form-data")
	@Operation(summary = "Attach a file to the caller's bid (PDF, JPEG, PNG or Office; 20 MB; up to 5)")
	ResponseEntity<Created> attachToBid(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		var added = bidding.attach(id, me().id(), file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/bids/" + id + "/attachments/" + added.id())).body(new Created(added.id()));
	}

	@PutMapping("/bids/{id}")
	@Operation(summary = "Change the caller's bid until they are hired")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeBid(@PathVariable UUID id, @RequestBody BidTerms terms) {
		bidding.change(id, me().id(), terms);
	}

	@DeleteMapping("/bids/{id}")
	@Operation(summary = "Withdraw the caller's bid")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable UUID id) {
		bidding.withdraw(id, me().id());
	}

	@PostMapping("/bids/{id}/shortlist")
	@Operation(summary = "Shortlist a bid on one of the caller's projects")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void shortlist(@PathVariable UUID id) {
		bidding.shortlist(id, me().id());
	}

	@PostMapping("/bids/{id}/decline")
	@Operation(summary = "Decline a bid on one of the caller's projects (the bidder is told)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@PathVariable UUID id) {
		bidding.decline(id, me().id());
	}

	@GetMapping("/me/best-matches")
	@Operation(summary = "Open projects ranked for the calling freelancer by skills, category history and city")
	ProjectViews.Page<ProjectViews.ProjectCard> bestMatches() {
		return new ProjectViews.Page<>(views.cards(matches.best(me())), null);
	}

	@GetMapping("/me/saved-searches")
	@Operation(summary = "The caller's saved searches, each with how many matching projects are new since last opened")
	ProjectViews.Page<SavedSearches.Saved> savedSearches() {
		return new ProjectViews.Page<>(saved.of(me()), null);
	}

	@PostMapping("/me/saved-searches")
	@Operation(summary = "Save a search given as a query string of the search's filters (q=shopify&category=software)")
	ResponseEntity<Created> saveSearch(@RequestBody NewSavedSearch search) {
		UUID id = saved.save(me(), search.name(), search.query());
		return ResponseEntity.created(URI.create("/api/v1/me/saved-searches")).body(new Created(id));
	}

	@PostMapping("/me/saved-searches/{id}/open")
	@Operation(summary = "Open a saved search: its new matches count as seen; answers its query string")
	Query openSearch(@PathVariable UUID id) {
		return new Query(saved.open(id, me().id()));
	}

	@DeleteMapping("/me/saved-searches/{id}")
	@Operation(summary = "Delete one of the caller's saved searches")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteSearch(@PathVariable UUID id) {
		saved.delete(id, me().id());
	}

	private ProjectViews.ProjectView own(UUID id) {
		SignedInUser user = me();
		return views.project(postings.seen(id, user, null), user);
	}

	private static SignedInUser me() {
		return SignedInUser.current().orElseThrow();
	}
}
