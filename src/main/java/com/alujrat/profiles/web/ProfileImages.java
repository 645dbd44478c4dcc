package com.alujrat.profiles.web;

import java.util.UUID;

import com.alujrat.profiles.Section;
import com.alujrat.profiles.internal.EmployerProfiles;
import com.alujrat.profiles.internal.FreelancerProfiles;
import com.alujrat.profiles.internal.ProfilePhotos;
import com.alujrat.profiles.internal.ProfileViews;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Profile photos and portfolio images, served only to viewers the owner's visibility settings allow. */
@Controller
class ProfileImages {

	private final ProfileViews views;

	private final FreelancerProfiles freelancers;

	private final EmployerProfiles employers;

	private final ProfilePhotos photos;

	ProfileImages(ProfileViews views, FreelancerProfiles freelancers, EmployerProfiles employers, ProfilePhotos photos) {
		this.views = views;
		this.freelancers = freelancers;
		this.employers = employers;
		this.photos = photos;
	}

	@GetMapping("/profiles/{owner}/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID owner, @RequestParam(defaultValue = "400") int size) {
		allowed(owner, Section.PHOTO);
		String key = freelancers.find(owner)
			.map(FreelancerProfiles.Stored::photoKey)
			.orElseGet(() -> employers.find(owner).map(EmployerProfiles.Stored::photoKey).orElse(null));
		return image(photos.profilePhoto(key, size).orElseThrow(ProfileImages::notFound));
	}

	@GetMapping("/profiles/{owner}/portfolio/{item}/images/{position}")
	ResponseEntity<byte[]> portfolio(@PathVariable UUID owner, @PathVariable UUID item, @PathVariable int position) {
		allowed(owner, Section.PORTFOLIO);
		if (!freelancers.ownsItem(owner, item)) {
			throw notFound();
		}
		return image(photos.portfolioImage(item, position).orElseThrow(ProfileImages::notFound));
	}

	/** A hidden image answers 404, like one that does not exist: its existence is not disclosed. */
	private void allowed(UUID owner, Section section) {
		if (views.typeOf(owner).isEmpty() || !views.allows(owner, section, views.viewerOf(owner))) {
			throw notFound();
		}
	}

	private static ResponseEntity<byte[]> image(byte[] bytes) {
		boolean png = bytes.length > 1 && (bytes[0] & 0xFF) == 0x89;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache().cachePrivate())
			.contentType(png ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
			.body(bytes);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
