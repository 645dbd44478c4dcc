package com.alujrat.profiles.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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
import com.alujrat.profiles.internal.ProfileRejected;
import com.alujrat.profiles.internal.ProfileViews;
import com.alujrat.profiles.internal.Taxonomy;
import com.alujrat.profiles.internal.VisibilitySettings;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The profile pages: editing one's own, previewing it as others see it, viewing others', the directory. */
@Controller
class ProfilePages {

	private final ProfileViews views;

	private final FreelancerProfiles freelancers;

	private final EmployerProfiles employers;

	private final VisibilitySettings visibility;

	private final Completeness completeness;

	private final ProfilePhotos photos;

	private final Directory directory;

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	ProfilePages(ProfileViews views, FreelancerProfiles freelancers, EmployerProfiles employers,
			VisibilitySettings visibility, Completeness completeness, ProfilePhotos photos, Directory directory,
			Taxonomy taxonomy, MessageSource messages) {
		this.views = views;
		this.freelancers = freelancers;
		this.employers = employers;
		this.visibility = visibility;
		this.completeness = completeness;
		this.photos = photos;
		this.directory = directory;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	@GetMapping("/profile")
	String edit(Model model) {
		return render(model, FormErrors.none());
	}

	@PostMapping("/profile")
	String save(HttpServletRequest request, Model model) {
		UUID me = me();
		try {
			Map<Section, Visibility> choices = choices(request);
			visibility.check(choices);
			if (isFreelancer(me)) {
				freelancers.save(me, new ProfileData.FreelancerFields(request.getParameter("headline"),
						request.getParameter("bio"), params(request, "skills"), rate(request.getParameter("hourlyRate")),
						List.of(value(request, "languages").split(",")), request.getParameter("city"),
						request.getParameter("area"), request.getParameter("availability")));
			}
			else {
				employers.save(me, new ProfileData.EmployerFields(request.getParameter("companyName"),
						request.getParameter("companySize"), request.getParameter("website"),
						request.getParameter("description"), request.getParameter("city"), request.getParameter("area")));
			}
			visibility.set(me, choices);
			return "redirect:/profile?saved";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected));
		}
	}

	private static Map<Section, Visibility> choices(HttpServletRequest request) {
		Map<Section, Visibility> choices = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			String level = request.getParameter("visibility." + section.name());
			if (level != null && !level.isBlank()) {
				try {
					choices.put(section, Visibility.valueOf(level));
				}
				catch (IllegalArgumentException ex) {
					throw new ProfileRejected("visibility." + section.name(), "profile.visibility.invalid");
				}
			}
		}
		return choices;
	}

	@PostMapping("/profile/photo")
	String photo(@RequestParam(required = false) MultipartFile photo, Model model) throws IOException {
		UUID me = me();
		try {
			photos.setProfilePhoto(me, isFreelancer(me), photo == null || photo.isEmpty() ? null : photo.getBytes());
			return "redirect:/profile?saved";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected));
		}
	}

	@PostMapping("/profile/experience")
	String addExperience(@RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String started,
			@RequestParam(defaultValue = "") String ended, @RequestParam(defaultValue = "") String description,
			Model model) {
		return entry(model, () -> freelancers.addExperience(me(), new ProfileData.Experience(null, title, organisation,
				date("started", started), ended.isBlank() ? null : date("ended", ended), description)));
	}

	@PostMapping("/profile/education")
	String addEducation(@RequestParam(defaultValue = "") String institution,
			@RequestParam(defaultValue = "") String degree, @RequestParam(defaultValue = "") String startYear,
			@RequestParam(defaultValue = "") String endYear, Model model) {
		return entry(model, () -> freelancers.addEducation(me(), new ProfileData.Education(null, institution, degree,
				year("startYear", startYear), endYear.isBlank() ? null : year("endYear", endYear))));
	}

	@PostMapping("/profile/portfolio")
	String addPortfolio(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String link, Model model) {
		return entry(model, () -> freelancers.addPortfolioItem(me(),
				new ProfileData.PortfolioItem(null, title, description, link, List.of())));
	}

	@PostMapping("/profile/portfolio/{item}/images")
	String addImage(@PathVariable UUID item, @RequestParam(required = false) MultipartFile image, Model model)
			throws IOException {
		if (!freelancers.ownsItem(me(), item)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] bytes = image == null || image.isEmpty() ? null : image.getBytes();
		return entry(model, () -> photos.addPortfolioImage(item, bytes));
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

	@GetMapping("/freelancers")
	String directory(@RequestParam(required = false) String skill, @RequestParam(required = false) String category,
			@RequestParam(required = false) String city, @RequestParam(required = false) Long minRate,
			@RequestParam(required = false) Long maxRate, @RequestParam(defaultValue = "false") boolean verified,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model) {
		Directory.Filters filters = new Directory.Filters(skill, category, city, minRate, maxRate, verified, q);
		try {
			model.addAttribute("page", directory.search(Viewer.REGISTERED, filters, after));
		}
		catch (Rejected rejected) {
			model.addAttribute("page", directory.search(Viewer.REGISTERED, filters, null));
		}
		model.addAttribute("filters", filters);
		model.addAttribute("taxonomy", taxonomy);
		return "profiles/directory";
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

	private String entry(Model model, Runnable add) {
		try {
			add.run();
			return "redirect:/profile?saved";
		}
		catch (Rejected rejected) {
			return render(model, errors(rejected));
		}
	}

	private String render(Model model, FormErrors errors) {
		UUID me = me();
		boolean freelancer = isFreelancer(me);
		model.addAttribute("errors", errors);
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("visibility", visibility.of(me));
		if (freelancer) {
			model.addAttribute("profile", views.freelancer(me, Viewer.OWNER).orElseThrow());
			model.addAttribute("stored", freelancers.find(me).map(FreelancerProfiles.Stored::fields)
				.orElse(new ProfileData.FreelancerFields("", "", List.of(), null, List.of(), "", "", "AVAILABLE")));
			model.addAttribute("meter", completeness.freelancer(me));
			return "profiles/edit-freelancer";
		}
		model.addAttribute("profile", views.employer(me, Viewer.OWNER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
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

	private static List<String> params(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : List.of(values);
	}

	private static String value(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null ? "" : value;
	}

	/** Typed form values are parsed here so a slip is a message next to its field, never an error page. */
	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ProfileRejected(field, "profile.date.invalid");
		}
	}

	private static int year(String field, String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new ProfileRejected(field, "profile.year.invalid");
		}
	}

	private static Long rate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.trim().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new ProfileRejected("hourlyRate", "profile.rate.range");
		}
	}

	private static UUID me() {
		return SignedInUser.current().orElseThrow().id().value();
	}
}
