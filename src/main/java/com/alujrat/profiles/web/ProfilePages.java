package com.alujrat.profiles.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.alujrat.accounts.AccountType;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.profiles.Section;
import com.alujrat.profiles.Viewer;
import com.alujrat.profiles.Visibility;
import com.alujrat.profiles.internal.Completeness;
import com.alujrat.profiles.internal.Directory;
import com.alujrat.profiles.internal.EmployerProfiles;
import com.alujrat.profiles.internal.FreelancerProfiles;
import com.alujrat.profiles.internal.ProfileData;
import com.alujrat.profiles.internal.ProfilePhotos;
import com.alujrat.profiles.internal.ProfileEditing;
import com.alujrat.profiles.internal.ProfileViews.EmployerView;
import com.alujrat.profiles.web.EntryForms.EducationForm;
import com.alujrat.profiles.web.EntryForms.ExperienceForm;
import com.alujrat.profiles.web.EntryForms.PortfolioForm;
import com.alujrat.profiles.internal.ProfileViews;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.profiles.internal.VisibilitySettings;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The profile pages: editing one's own, previewing it as others see it, viewing others', the directory. */
@Controller
class ProfilePages {

	private final ProfileViews views;

	private final FreelancerProfiles freelancers;

	private final VisibilitySettings visibility;

	private final Completeness completeness;

	private final ProfilePhotos photos;

	private final Directory directory;

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	private final ProfileEditing editing;

	ProfilePages(ProfileViews views, FreelancerProfiles freelancers,
			VisibilitySettings visibility, Completeness completeness, ProfilePhotos photos, Directory directory,
			Taxonomy taxonomy, MessageSource messages, ProfileEditing editing) {
		this.editing = editing;
		this.views = views;
		this.freelancers = freelancers;
		this.visibility = visibility;
		this.completeness = completeness;
		this.photos = photos;
		this.directory = directory;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	@GetMapping("/profile")
	String edit(Model model) {
		return render(model, FormErrors.none(), null);
	}

	@PostMapping("/profile")
	String save(@ModelAttribute("form") ProfilePageForm form, BindingResult binding, Model model) {
		UUID me = me();
		if (binding.hasErrors()) {
			return render(model, FormErrors.of(binding, messages, LocaleContextHolder.getLocale()), form);
		}
		try {
			boolean freelancer = isFreelancer(me);
			editing.save(me, freelancer, freelancer ? form.freelancer() : null, freelancer ? null : form.employer(),
					form.choices());
			return "redirect:/profile?saved";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected), form);
		}
	}

	@PostMapping("/profile/photo")
	String photo(@RequestParam(required = false) MultipartFile photo, Model model) throws IOException {
		UUID me = me();
		try {
			photos.setProfilePhoto(me, isFreelancer(me), photo == null || photo.isEmpty() ? null : photo.getBytes());
			return "redirect:/profile?saved";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected), null);
		}
	}

	@PostMapping("/profile/experience")
	String addExperience(@ModelAttribute("experienceForm") ExperienceForm form, BindingResult binding, Model model) {
		return entry(model, binding, ExperienceForm::named, () -> freelancers.addExperience(me(), form.entry()));
	}

	@PostMapping("/profile/education")
	String addEducation(@ModelAttribute("educationForm") EducationForm form, BindingResult binding, Model model) {
		return entry(model, binding, UnaryOperator.identity(), () -> freelancers.addEducation(me(), form.entry()));
	}

	@PostMapping("/profile/portfolio")
	String addPortfolio(@ModelAttribute("portfolioForm") PortfolioForm form, BindingResult binding, Model model) {
		return entry(model, binding, PortfolioForm::named, () -> freelancers.addPortfolioItem(me(), form.entry()));
	}

	@PostMapping("/profile/portfolio/{item}/images")
	String addImage(@PathVariable UUID item, @RequestParam(required = false) MultipartFile image, Model model)
			throws IOException {
		if (!freelancers.ownsItem(me(), item)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] bytes = image == null || image.isEmpty() ? null : image.getBytes();
		return entry(model, null, UnaryOperator.identity(), () -> photos.addPortfolioImage(item, bytes));
	}

	@PostMapping("/profile/{kind}/{id}/delete")
	String remove(@PathVariable String kind, @PathVariable UUID id) {
		if (!freelancers.remove(me(), kind, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/profile";
	}

	/** The owner sees their profile as the public, a signed-in employer, or a hired counterpart would. */
	@GetMapping("/profile/preview")
	String preview(@RequestParam(defaultValue = "REGISTERED") String as, Model model) {
		Viewer viewer = switch (as) {
			case "PUBLIC" -> Viewer.PUBLIC;
			case "HIRED" -> Viewer.HIRED;
			default -> Viewer.REGISTERED;
		};
		model.addAttribute("previewAs", viewer.name());
		return show(me(), viewer, model);
	}

	@GetMapping("/freelancers/{id}")
	String freelancer(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model) {
		if (views.typeOf(id).filter(type -> type == AccountType.FREELANCER).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("previewAs", "");
		return show(id, views.viewerOf(id, purpose), model);
	}

	@GetMapping("/employers/{id}")
	String employer(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model) {
		if (views.typeOf(id).filter(type -> type == AccountType.EMPLOYER).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("previewAs", "");
		return show(id, views.viewerOf(id, purpose), model);
	}

	/**
	 * The directory: the whole page, or for htmx (the "more" button) only the next cards with the next button, every
	 * filter kept in the URL.
	 */
	@GetMapping("/freelancers")
	String directory(@RequestParam(required = false) String skill, @RequestParam(required = false) String category,
			@RequestParam(required = false) String city, @RequestParam(required = false) Long minRate,
			@RequestParam(required = false) Long maxRate, @RequestParam(defaultValue = "false") boolean verified,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int limit,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Directory.Filters filters = new Directory.Filters(skill, category, city, minRate, maxRate, verified, q);
		try {
			model.addAttribute("page", directory.search(Viewer.REGISTERED, filters, after, limit));
		}
		catch (Rejected rejected) {
			model.addAttribute("page", directory.search(Viewer.REGISTERED, filters, null));
		}
		model.addAttribute("filters", filters);
		model.addAttribute("limit", limit);
		model.addAttribute("taxonomy", taxonomy);
		return htmx != null ? "profiles/directory-cards" : "profiles/directory";
	}

	private String show(UUID owner, Viewer viewer, Model model) {
		model.addAttribute("taxonomy", taxonomy);
		if (views.typeOf(owner).filter(type -> type == AccountType.FREELANCER).isPresent()) {
			model.addAttribute("profile", views.freelancer(owner, viewer)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
			return "profiles/freelancer";
		}
		model.addAttribute("profile", views.employer(owner, viewer)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "profiles/employer";
	}

	/** Adds an entry; a refusal comes back next to its field, named as the form names it ({@code named}). */
	private String entry(Model model, BindingResult binding, UnaryOperator<Rejected> named, Runnable add) {
		if (binding != null && binding.hasErrors()) {
			return render(model, FormErrors.of(binding, messages, LocaleContextHolder.getLocale()), null);
		}
		try {
			add.run();
			return "redirect:/profile?saved";
		}
		catch (Rejected rejected) {
			return render(model, errors(named.apply(rejected)), null);
		}
	}

	/**
	 * The edit page: {@code typed} (the profile form as the person sent it) when it comes back with a message,
	 * otherwise the profile as stored; an entry form that was sent is already in the model, as typed.
	 */
	private String render(Model model, FormErrors errors, ProfilePageForm typed) {
		UUID me = me();
		boolean freelancer = isFreelancer(me);
		model.addAttribute("errors", errors);
		model.addAttribute("taxonomy", taxonomy);
		Map<Section, Visibility> stored = visibility.of(me);
		if (!model.containsAttribute("experienceForm")) {
			model.addAttribute("experienceForm", ExperienceForm.EMPTY);
		}
		if (!model.containsAttribute("educationForm")) {
			model.addAttribute("educationForm", EducationForm.EMPTY);
		}
		if (!model.containsAttribute("portfolioForm")) {
			model.addAttribute("portfolioForm", PortfolioForm.EMPTY);
		}
		if (freelancer) {
			model.addAttribute("profile", views.freelancer(me, Viewer.OWNER).orElseThrow());
			model.addAttribute("form", typed != null ? typed : ProfilePageForm.of(freelancers.find(me)
				.map(FreelancerProfiles.Stored::fields)
				.orElse(new ProfileData.FreelancerFields("", "", List.of(), null, List.of(), "", "", "AVAILABLE")), stored));
			model.addAttribute("meter", completeness.freelancer(me));
			return "profiles/edit-freelancer";
		}
		EmployerView profile = views.employer(me, Viewer.OWNER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile", profile);
		model.addAttribute("form", typed != null ? typed : ProfilePageForm.of(new ProfileData.EmployerFields(
				profile.companyName(), profile.companySize(), profile.website(), profile.description(), profile.city(),
				profile.area()), stored));
		model.addAttribute("meter", completeness.employer(me));
		model.addAttribute("sizes", EmployerProfiles.COMPANY_SIZES);
		return "profiles/edit-employer";
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	private boolean isFreelancer(UUID me) {
		return views.typeOf(me).map(type -> type == AccountType.FREELANCER).orElse(false);
	}

	private static UUID me() {
		return SignedInUser.current().orElseThrow().id().value();
	}
}
