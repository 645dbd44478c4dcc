package com.alujrat.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.catalog.internal.Listings;
import com.alujrat.catalog.internal.Orders;
import com.alujrat.catalog.internal.ServiceDetails;
import com.alujrat.shared.SignedInUser;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Services and orders for the mobile apps; visitors get 404, as for projects. */
@RestController
@RequestMapping("/api/v1")
class ServiceApi {

	private final Listings listings;

	private final Orders orders;

	private final ServiceViews views;

	ServiceApi(Listings listings, Orders orders, ServiceViews views) {
		this.listings = listings;
		this.orders = orders;
		this.views = views;
	}

	record Created(UUID id) {
	}

	/** {@code package}: which of the service's packages, from 1. */
	record NewOrder(@JsonProperty("package") Integer packageNumber, List<String> answers) {
	}

	record PlacedOrder(UUID id, UUID contractId) {
	}

	@PostMapping("/services")
	@Operation(summary = "List a service with 1 to 3 packages (identity-verified freelancers)")
	ResponseEntity<Created> list(@RequestBody ServiceDetails details) {
		UUID id = listings.list(me(), details);
		return ResponseEntity.created(URI.create("/api/v1/services/" + id)).body(new Created(id));
	}

	@GetMapping("/services")
	@Operation(summary = "Search the active services, newest first, one page after the cursor")
	ServiceViews.Page<ServiceViews.ServiceCard> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String after) {
		return views.cards(listings.search(q, category, after));
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "A service with its packages, questions and gallery")
	ServiceViews.ServiceView service(@PathVariable UUID id) {
		return views.service(listings.seen(id, SignedInUser.current().orElse(null)));
	}

	@PostMapping(value = "/services/{id}/images", consumes = "multipart/form-data")
	@Operation(summary = "Add a gallery image (JPEG or PNG, checked by content) to one of the caller's services")
	ResponseEntity<Map<String, Integer>> image(@PathVariable UUID id, @RequestParam(required = false) MultipartFile image)
			throws IOException {
		int position = listings.addImage(id, me().id(), image == null ? null : image.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("position", position));
	}

	@PostMapping("/services/{id}/orders")
	@Operation(summary = "Order a package (employers), answering the service's questions: the contract starts")
	ResponseEntity<PlacedOrder> order(@PathVariable UUID id, @RequestBody NewOrder order) {
		Orders.Placed placed = orders.place(id, me(), order.packageNumber(), order.answers());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + placed.contract()))
			.body(new PlacedOrder(placed.order(), placed.contract()));
	}

	private static SignedInUser me() {
		return SignedInUser.current().orElseThrow();
	}
}
