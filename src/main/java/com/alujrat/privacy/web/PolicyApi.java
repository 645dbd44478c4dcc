package com.alujrat.privacy.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.privacy.internal.Policies;
import com.alujrat.privacy.internal.Policies.Kind;
import com.alujrat.privacy.internal.Policies.Version;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The policy documents for the apps, acknowledgements of material changes, and LEGAL's publishing. */
@RestController
@RequestMapping("/api/v1")
class PolicyApi {

	private final Policies policies;

	PolicyApi(Policies policies) {
		this.policies = policies;
	}

	record Document(UUID id, String kind, String version, Instant effectiveFrom, boolean material, String summary,
			String language, String markdown, String html) {
	}

	record VersionItem(UUID id, String version, Instant effectiveFrom, boolean material, String summary) {
	}

	record Versions(List<VersionItem> items, String next) {
	}

	record Acknowledgement(UUID versionId) {
	}

	record Pending(List<VersionItem> items, String next) {
	}

	record Publication(String kind, String version, String summary, String bodyEn, String bodyUr, Boolean material) {
	}

	record Published(UUID id) {
	}

	@GetMapping("/policies/{kind}")
	@Operation(summary = "The version in force of privacy, terms or refunds, in the reader's language where translated")
	Document current(@PathVariable String kind) {
		return document(policies.current(Kind.of(kind)));
	}

	@GetMapping("/policies/{kind}/versions")
	@Operation(summary = "Every version of the document, newest first")
	Versions versions(@PathVariable String kind) {
		return new Versions(policies.versions(Kind.of(kind)).stream().map(PolicyApi::item).toList(), null);
	}

	@GetMapping("/policies/{kind}/versions/{id}")
	@Operation(summary = "One version of the document, current or earlier")
	Document version(@PathVariable String kind, @PathVariable UUID id) {
		return document(policies.find(Kind.of(kind), id));
	}

	@GetMapping("/me/policy-acknowledgements")
	@Operation(summary = "Material changes the user has not acknowledged yet (the apps show them as a banner)")
	Pending pending() {
		return new Pending(policies.unacknowledged(me()).stream().map(PolicyApi::item).toList(), null);
	}

	@PostMapping("/me/policy-acknowledgements")
	@Operation(summary = "Acknowledge a policy version: recorded with the time, the banner goes")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void acknowledge(@RequestBody Acknowledgement acknowledgement) {
		policies.acknowledge(me(), acknowledgement.versionId());
	}

	@PostMapping("/staff/policies")
	@Operation(summary = "LEGAL publishes a new version in force from now; material ones are mailed to every open account")
	ResponseEntity<Published> publish(@RequestBody Publication publication) {
		Kind kind = Kind.of(publication.kind() == null ? "" : publication.kind());
		UUID id = policies.publish(kind, publication.version(), publication.summary(), publication.bodyEn(),
				publication.bodyUr(), Boolean.TRUE.equals(publication.material()), me());
		return ResponseEntity.created(URI.create("/api/v1/policies/" + kind.slug() + "/versions/" + id))
			.body(new Published(id));
	}

	private Document document(Version v) {
		var locale = LocaleContextHolder.getLocale();
		return new Document(v.id(), v.kind().slug(), v.version(), v.effectiveFrom(), v.material(), v.summary(),
				v.translated(locale) ? locale.getLanguage() : "en", policies.text(v, locale), policies.html(v, locale));
	}

	private static VersionItem item(Version v) {
		return new VersionItem(v.id(), v.version(), v.effectiveFrom(), v.material(), v.summary());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
