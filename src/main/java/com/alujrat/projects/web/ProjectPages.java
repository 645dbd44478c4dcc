package com.alujrat.projects.web;

import java.io.IOException;
import java.util.UUID;

import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.projects.internal.Bidding;
import com.alujrat.projects.internal.Matches;
import com.alujrat.projects.internal.Postings;
import com.alujrat.projects.internal.ProjectSearch;
import com.alujrat.projects.internal.SavedSearches;
import com.alujrat.projects.internal.ProjectSight;
import com.alujrat.projects.internal.SearchFilters;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The project pages: freelancers search (results follow the typing and load more in place, every filter in the
 * URL), employers post and manage their projects and the bids on them, freelancers bid.
 */
@Controller
class ProjectPages {

	private final Postings postings;

	private final Bidding bidding;

	private final ProjectSearch search;

	private final ProjectViews views;

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	private final Matches matches;

	private final SavedSearches saved;

	ProjectPages(Postings postings, Bidding bidding, ProjectSearch search, ProjectViews views, Taxonomy taxonomy,
			MessageSource messages, Matches matches, SavedSearches saved) {
		this.matches = matches;
		this.saved = saved;
		this.postings = postings;
		this.bidding = bidding;
		this.search = search;
		this.views = views;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	/** Employers see their own projects; freelancers and staff search. htmx asks for the results alone. */
	@GetMapping("/projects")
	String projects(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String skills, @RequestParam(required = false) String budgetType,
			@RequestParam(required = false) String budgetMin, @RequestParam(required = false) String budgetMax,
			@RequestParam(required = false) String mode, @RequestParam(required = false) String city,
			@RequestParam(required = false) String postedWithin, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String after,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		SignedInUser me = me();
		model.addAttribute("taxonomy", taxonomy);
		if ("EMPLOYER".equals(me.accountType()) && !me.isStaff()) {
			model.addAttribute("page", postings.of(me.id(), after));
			model.addAttribute("bidding", bidding);
			return "projects/mine";
		}
		FormErrors errors = FormErrors.none();
		SearchFilters filters;
		try {
			filters = SearchFilters.parse(q, category, skills, budgetType, paisa(budgetMin), paisa(budgetMax), mode,
					city, postedWithin, sort, taxonomy);
		}
		catch (Rejected rejected) {
			errors = errors(rejected);
			filters = SearchFilters.NONE;
		}
		ProjectSearch.Page page;
		try {
			page = search.search(me, filters, after, 20);
		}
		catch (Rejected rejected) {
			page = search.search(me, filters, null, 20);
		}
		model.addAttribute("filters", filters);
		model.addAttribute("page", page);
		model.addAttribute("errors", errors);
		// The "more" button asks for the next results alone; a new search also brings its own "save" form.
		model.addAttribute("withSave", after == null || after.isBlank());
		return htmx != null ? "projects/results" : "projects/search";
	}

	/** Best matches: the whole page, or only the list when the dashboard asks for it (htmx). */
	@GetMapping("/projects/matches")
	String matches(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("projects", matches.best(me()));
		model.addAttribute("taxonomy", taxonomy);
		return htmx != null ? "projects/matches-list" : "projects/matches";
	}

	@GetMapping("/projects/saved")
	String saved(Model model) {
		model.addAttribute("searches", saved.of(me()));
		return "projects/saved";
	}

	@PostMapping("/projects/saved")
	String save(@RequestParam(required = false) String name, @RequestParam(required = false) String query) {
		try {
			saved.save(me(), name, query);
			return "redirect:/projects/saved";
		}
		catch (Rejected rejected) {
			return "redirect:/projects?notSaved";
		}
	}

	@PostMapping("/projects/saved/{id}/open")
	String openSaved(@PathVariable UUID id) {
		return "redirect:/projects?" + saved.open(id, me().id());
	}

	@PostMapping("/projects/saved/{id}/delete")
	String deleteSaved(@PathVariable UUID id) {
		saved.delete(id, me().id());
		return "redirect:/projects/saved";
	}

	@GetMapping("/projects/new")
	String newProject(Model model) {
		return form(model, ProjectForm.EMPTY, FormErrors.none(), null);
	}

	@PostMapping("/projects")
	String create(@ModelAttribute("form") ProjectForm form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			UUID id = postings.draft(me().id(), form.details());
			return "redirect:/projects/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return form(model, form, errors(rejected), null);
		}
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable UUID id, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) String bidsAfter, Model model) {
		model.addAttribute("bidsAfter", bidsAfter);
		try {
			return show(id, purpose, model, BidForm.EMPTY, FormErrors.none());
		}
		catch (NotFound hidden) {
			// Staff may open a draft or an invitation-only project for a purpose that is logged.
			if (purpose == null && postings.staffMayAskFor(id, SignedInUser.current().orElse(null))) {
				model.addAttribute("path", "/projects/" + id);
				model.addAttribute("purposes", ProjectSight.STAFF_PURPOSES);
				return "projects/staff-purpose";
			}
			throw hidden;
		}
	}

	@GetMapping("/projects/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Postings.Seen seen = postings.seen(id, me(), null);
		if (seen.role() != ProjectSight.Role.OWNER) {
			throw new com.alujrat.platform.NotFound("No such project.");
		}
		return form(model, ProjectForm.of(seen.project().details()), FormErrors.none(), id);
	}

	@PostMapping("/projects/{id}/edit")
	String save(@PathVariable UUID id, @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			postings.edit(id, me().id(), form.details());
			return "redirect:/projects/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return form(model, form, errors(rejected), id);
		}
	}

	@PostMapping("/projects/{id}/{step:publish|close|reopen}")
	String step(@PathVariable UUID id, @PathVariable String step, Model model) {
		try {
			switch (step) {
				case "publish" -> postings.publish(id, me().id());
				case "close" -> postings.close(id, me().id());
				default -> postings.reopen(id, me().id());
			}
			return "redirect:/projects/" + id + "?saved";
		}
		catch (Rejected rejected) {
			if ("fee".equals(rejected.field())) {
				// The posting fee comes first; once paid, the draft is published.
				return "redirect:/payments/pay?purpose=POSTING_FEE&reference=" + id;
			}
			return show(id, null, model, BidForm.EMPTY, errors(rejected));
		}
	}

	/** Invites a freelancer from the directory opened for this project, and goes back to it. */
	@PostMapping("/projects/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam(required = false) UUID freelancerId,
			@RequestParam(required = false) String from) {
		// Back where the invitation was made: the project (from a profile) or the directory opened for the project.
		String back = "project".equals(from) ? "/projects/" + id + "?" : "/freelancers?invite=" + id + "&";
		try {
			if (freelancerId == null) {
				throw new NotFound("No such freelancer.");
			}
			postings.invite(id, me().id(), freelancerId);
			return "redirect:" + back + "invited";
		}
		catch (Rejected rejected) {
			return "redirect:" + back + "inviteFailed";
		}
	}

	@PostMapping("/projects/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			postings.attach(id, me().id(), file == null ? null : file.getOriginalFilename(),
					file == null || file.isEmpty() ? null : file.getBytes());
			return "redirect:/projects/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return show(id, null, model, BidForm.EMPTY, errors(rejected));
		}
	}

	/** A file of a project, for whoever may see the project (apps too, with their token). */
	@GetMapping("/projects/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachment) {
		return Downloads.of(postings.attachment(id, SignedInUser.current().orElse(null), attachment));
	}

	@PostMapping("/bids/{id}/attachments")
	String attachToBid(@PathVariable UUID id, @RequestParam UUID project, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		try {
			bidding.attach(id, me().id(), file == null ? null : file.getOriginalFilename(),
					file == null || file.isEmpty() ? null : file.getBytes());
			return "redirect:/projects/" + project + "?bid";
		}
		catch (Rejected rejected) {
			return show(project, null, model, BidForm.EMPTY, errors(rejected));
		}
	}

	/** A file of a bid, for the freelancer who bid and the project's employer (apps too, with their token). */
	@GetMapping("/bids/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> bidAttachment(@PathVariable UUID id, @PathVariable UUID attachment) {
		return Downloads.of(bidding.attachment(id, me().id(), attachment));
	}

	@PostMapping("/projects/{id}/bids")
	String bid(@PathVariable UUID id, @ModelAttribute("bidForm") BidForm form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			bidding.place(id, me(), form.terms());
			return "redirect:/projects/" + id + "?bid";
		}
		catch (Rejected rejected) {
			return show(id, null, model, form, errors(rejected));
		}
	}

	@PostMapping("/bids/{id}/edit")
	String changeBid(@PathVariable UUID id, @RequestParam UUID project, @ModelAttribute("bidForm") BidForm form,
			BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			bidding.change(id, me().id(), form.terms());
			return "redirect:/projects/" + project + "?bid";
		}
		catch (Rejected rejected) {
			return show(project, null, model, form, errors(rejected));
		}
	}

	@PostMapping("/bids/{id}/{step:withdraw|shortlist|decline}")
	String bidStep(@PathVariable UUID id, @PathVariable String step, @RequestParam UUID project, Model model) {
		try {
			switch (step) {
				case "withdraw" -> bidding.withdraw(id, me().id());
				case "shortlist" -> bidding.shortlist(id, me().id());
				default -> bidding.decline(id, me().id());
			}
			return "redirect:/projects/" + project + "?saved";
		}
		catch (Rejected rejected) {
			return show(project, null, model, BidForm.EMPTY, errors(rejected));
		}
	}

	@GetMapping("/bids")
	String myBids(@RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", bidding.of(me().id(), after));
		return "projects/bids";
	}

	private String show(UUID id, String purpose, Model model, BidForm bidForm, FormErrors errors) {
		SignedInUser me = SignedInUser.current().orElse(null);
		Postings.Seen seen = postings.seen(id, me, purpose);
		model.addAttribute("project", views.project(seen, me));
		model.addAttribute("role", seen.role().name());
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("errors", errors);
		model.addAttribute("bidding", bidding);
		if (seen.role() == ProjectSight.Role.OWNER) {
			model.addAttribute("bids", bidding.onProject(id, me.id(), (String) model.getAttribute("bidsAfter")));
		}
		if (seen.role() == ProjectSight.Role.FREELANCER) {
			var mine = bidding.mine(id, me.id());
			model.addAttribute("bidForm", bidForm != BidForm.EMPTY ? bidForm : mine.map(BidForm::of).orElse(BidForm.EMPTY));
			model.addAttribute("bidId", mine.map(b -> b.id().toString()).orElse(""));
		}
		return "projects/project";
	}

	private String form(Model model, ProjectForm form, FormErrors errors, UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("projectId", id == null ? "" : id.toString());
		return "projects/form";
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	/** The search page takes budgets in whole rupees; the search, in paisa. */
	private static String paisa(String rupees) {
		if (rupees == null || rupees.isBlank()) {
			return rupees;
		}
		try {
			return Long.toString(Math.multiplyExact(Long.parseLong(rupees.strip()), 100L));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return rupees;
		}
	}

	private static SignedInUser me() {
		return SignedInUser.current().orElseThrow();
	}
}
