package com.alujrat.profiles.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.accounts.AccountType;
import com.alujrat.platform.web.ApiProblem;
import com.alujrat.profiles.Section;
import com.alujrat.profiles.Viewer;
import com.alujrat.profiles.Visibility;
import com.alujrat.profiles.internal.Completeness;
import com.alujrat.profiles.internal.Directory;
import com.alujrat.profiles.internal.FreelancerProfiles;
import com.alujrat.profiles.internal.ProfileData.Education;
import com.alujrat.profiles.internal.ProfileData.Experience;
import com.alujrat.profiles.internal.ProfileData.PortfolioItem;
import com.alujrat.profiles.internal.ProfileEditing;
import com.alujrat.profiles.internal.ProfilePhotos;
import com.alujrat.profiles.internal.ProfileViews;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.profiles.internal.VisibilitySettings;
import com.alujrat.shared.SignedInUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

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

/** Profiles for the mobile apps: one's own (read and write), others' as the caller may see them, the directory. */
@RestController
@RequestMapping("/api/v1")
class ProfileApi {

	private final ProfileViews views;

	private final FreelancerProfiles freelancers;

	private final VisibilitySettings visibility;

	private final Completeness completeness;

	private final ProfilePhotos photos;

	private final Directory directory;

	private final Taxonomy taxonomy;

	private final ProfileEditing editing;

	ProfileApi(ProfileViews views, FreelancerProfiles freelancers,
			VisibilitySettings visibility, Completeness completeness, ProfilePhotos photos, Directory directory,
			Taxonomy taxonomy, ProfileEditing editing) {
		this.editing = editing;
		this.views = views;
		this.freelancers = freelancers;
		this.visibility = visibility;
		this.completeness = completeness;
		this.photos = photos;
		this.directory = directory;
		this.taxonomy = taxonomy;
	}

	/** {@code profile} is a freelancer's or an employer's, as {@code type} says. */
	record OwnProfile(String type,
			@Schema(oneOf = { ProfileViews.FreelancerView.class, ProfileViews.EmployerView.class }) Object profile,
			Map<Section, Visibility> visibility, Completeness.Meter completeness) {
	}

	record Created(UUID id) {
	}

	@GetMapping("/me/profile")
	@Operation(summary = "The caller's own profile with its visibility settings and completeness")
	OwnProfile mine() {
		UUID me = me();
		boolean freelancer = isFreelancer(me);
		Object profile = freelancer ? views.freelancer(me, Viewer.OWNER).orElseThrow()
				: views.employer(me, Viewer.OWNER).orElseThrow(() -> notFound());
		return new OwnProfile(freelancer ? "FREELANCER" : "EMPLOYER", profile, visibility.of(me),
				freelancer ? completeness.freelancer(me) : completeness.employer(me));
	}

	@PutMapping("/me/profile")
	@Operation(summary = "Save the caller's profile fields and visibility settings")
	OwnProfile update(@RequestBody ProfileForm form) {
		UUID me = me();
		boolean freelancer = isFreelancer(me);
		editing.save(me, freelancer, freelancer ? form.freelancer() : null, freelancer ? null : form.employer(),
				form.visibilityOrNone());
		return mine();
	}

	@PostMapping(value = "/me/profile/photo", consumes = "multipart/form-data")
	@Operation(summary = "Upload the caller's profile photo (JPEG or PNG, checked by content)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void photo(@RequestParam(required = false) MultipartFile photo) throws IOException {
		UUID me = me();
		photos.setProfilePhoto(me, isFreelancer(me), photo == null ? null : photo.getBytes());
	}

	@PostMapping("/me/profile/experience")
	@Operation(summary = "Add a work experience entry")
	ResponseEntity<Created> addExperience(@RequestBody Experience entry) {
		return created(freelancers.addExperience(freelancerMe(), entry));
	}

	@PostMapping("/me/profile/education")
	@Operation(summary = "Add an education entry")
	ResponseEntity<Created> addEducation(@RequestBody Education entry) {
		return created(freelancers.addEducation(freelancerMe(), entry));
	}

	@PostMapping("/me/profile/portfolio")
	@Operation(summary = "Add a portfolio item")
	ResponseEntity<Created> addPortfolio(@RequestBody PortfolioItem item) {
		return created(freelancers.addPortfolioItem(freelancerMe(), item));
	}

	@PostMapping(value = "/me/profile/portfolio/{itemId}/images", consumes = "multipart/form-data")
	@Operation(summary = "Add an image to one of the caller's portfolio items")
	ResponseEntity<Map<String, Integer>> addImage(@PathVariable UUID itemId,
			@RequestParam(required = false) MultipartFile image) throws IOException {
		if (!freelancers.ownsItem(freelancerMe(), itemId)) {
			throw notFound();
		}
		int position = photos.addPortfolioImage(itemId, image == null ? null : image.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("position", position));
	}

	@DeleteMapping("/me/profile/{kind}/{id}")
	@Operation(summary = "Remove one of the caller's experience, education or portfolio entries")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String kind, @PathVariable UUID id) {
		if (!freelancers.remove(freelancerMe(), kind, id)) {
			throw notFound();
		}
	}

	@GetMapping("/freelancers/{id}")
	@Operation(summary = "A freelancer's profile as the caller may see it")
	ProfileViews.FreelancerView freelancer(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return views.freelancer(id, views.viewerOf(id, purpose)).orElseThrow(ProfileApi::notFound);
	}

	@GetMapping("/employers/{id}")
	@Operation(summary = "An employer's profile as the caller may see it")
	ProfileViews.EmployerView employer(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		return views.employer(id, views.viewerOf(id, purpose)).orElseThrow(ProfileApi::notFound);
	}

	@GetMapping("/freelancers")
	@Operation(summary = "Search the freelancer directory, newest first, one page after the cursor")
	Directory.Page search(@RequestParam(required = false) String skill, @RequestParam(required = false) String category,
			@RequestParam(required = false) String city, @RequestParam(required = false) Long minRate,
			@RequestParam(required = false) Long maxRate, @RequestParam(defaultValue = "false") boolean verified,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int limit) {
		return directory.search(Viewer.REGISTERED,
				new Directory.Filters(skill, category, city, minRate, maxRate, verified, q), after, limit);
	}

	@GetMapping("/skills")
	@Operation(summary = "The skills taxonomy")
	List<Taxonomy.Skill> skills() {
		return taxonomy.skills();
	}

	@GetMapping("/categories")
	@Operation(summary = "The categories of the skills taxonomy with their skills")
	List<Taxonomy.Category> categories() {
		return taxonomy.categories();
	}

	private boolean isFreelancer(UUID me) {
		return views.typeOf(me).map(type -> type == AccountType.FREELANCER).orElse(false);
	}

	private UUID freelancerMe() {
		UUID me = me();
		if (!isFreelancer(me)) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Only freelancers have these profile sections.");
		}
		return me;
	}

	private static UUID me() {
		return SignedInUser.current().orElseThrow().id().value();
	}

	private static ResponseEntity<Created> created(UUID id) {
		return ResponseEntity.created(URI.create("/api/v1/me/profile")).body(new Created(id));
	}

	private static ApiProblem notFound() {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No such profile.");
	}
}
