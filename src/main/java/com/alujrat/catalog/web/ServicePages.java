package com.alujrat.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import com.alujrat.catalog.internal.Listings;
import com.alujrat.catalog.internal.Orders;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The service pages: search, list one, a service with its packages and the order form, the gallery. */
@Controller
class ServicePages {

	private final Listings listings;

	private final Orders orders;

	private final ServiceViews views;

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	ServicePages(Listings listings, Orders orders, ServiceViews views, Taxonomy taxonomy, MessageSource messages) {
		this.listings = listings;
		this.orders = orders;
		this.views = views;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	@GetMapping("/services")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String after, Model model) {
		Listings.Page page;
		try {
			page = listings.search(q, category, after);
		}
		catch (Rejected rejected) {
			page = listings.search(null, null, null);
		}
		model.addAttribute("page", views.cards(page));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("category", category == null ? "" : category);
		model.addAttribute("taxonomy", taxonomy);
		return "catalog/search";
	}

	@GetMapping("/services/new")
	String newService(Model model) {
		return form(model, ServiceForm.EMPTY, FormErrors.none());
	}

	@PostMapping("/services")
	String create(@ModelAttribute("form") ServiceForm form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			return "redirect:/services/" + listings.list(me(), form.details()) + "?saved";
		}
		catch (Rejected rejected) {
			return form(model, form, errors(rejected));
		}
	}

	@GetMapping("/services/{id}")
	String service(@PathVariable UUID id, Model model) {
		return show(id, model, FormErrors.none());
	}

	@PostMapping("/services/{id}/images")
	String image(@PathVariable UUID id, @RequestParam(required = false) MultipartFile image, Model model)
			throws IOException {
		try {
			listings.addImage(id, me().id(), image == null || image.isEmpty() ? null : image.getBytes());
			return "redirect:/services/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return show(id, model, errors(rejected));
		}
	}

	@GetMapping("/services/{id}/images/{position}")
	ResponseEntity<byte[]> galleryImage(@PathVariable UUID id, @PathVariable int position) {
		byte[] bytes = listings.image(id, position, SignedInUser.current().orElse(null))
			.orElseThrow(() -> new NotFound("No such image."));
		boolean png = bytes.length > 3 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
		return ResponseEntity.ok()
			.contentType(png ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(bytes);
	}

	@PostMapping("/services/{id}/orders")
	String order(@PathVariable UUID id, @RequestParam(name = "package", required = false) Integer packageNumber,
			@RequestParam(required = false) List<String> answers, Model model) {
		try {
			return "redirect:/contracts/" + orders.place(id, me(), packageNumber, answers).contract();
		}
		catch (Rejected rejected) {
			return show(id, model, errors(rejected));
		}
	}

	private String show(UUID id, Model model, FormErrors errors) {
		SignedInUser me = SignedInUser.current().orElse(null);
		Listings.Listing listing = listings.seen(id, me);
		model.addAttribute("service", views.service(listing));
		model.addAttribute("owner", listing.freelancerId().equals(me.id().value()));
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("errors", errors);
		return "catalog/service";
	}

	private String form(Model model, ServiceForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("taxonomy", taxonomy);
		return "catalog/form";
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	private static SignedInUser me() {
		return SignedInUser.current().orElseThrow();
	}
}
