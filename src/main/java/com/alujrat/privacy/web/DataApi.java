package com.alujrat.privacy.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.notifications.Marketing;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.web.CookieConsent;
import com.alujrat.platform.web.Downloads;
import com.alujrat.privacy.internal.CookieConsents;
import com.alujrat.privacy.internal.DataExports;
import com.alujrat.privacy.internal.YourData;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The user's rights over their data (policy 5): what is held, consent choices, exports, and who saw it. */
@RestController
@RequestMapping("/api/v1/me")
class DataApi {

	private final YourData yourData;

	private final DataExports exports;

	private final CookieConsents consents;

	private final Marketing marketing;

	private final MessageSource messages;

	private final com.alujrat.privacy.internal.Disclosures disclosures;

	DataApi(YourData yourData, DataExports exports, CookieConsents consents, Marketing marketing,
			MessageSource messages, com.alujrat.privacy.internal.Disclosures disclosures) {
		this.disclosures = disclosures;
		this.yourData = yourData;
		this.exports = exports;
		this.consents = consents;
		this.marketing = marketing;
		this.messages = messages;
	}

	record Category(String category, String description, long count, String link) {
	}

	record Categories(List<Category> items, String next) {
	}

	record Consent(Boolean preferences, Boolean analytics, Boolean marketing) {
	}

	record ExportRequest(String password) {
	}

	record Requested(UUID id) {
	}

	record Export(UUID id, DataExports.Status status, int progress, String downloadUrl, Long size, Instant requestedAt,
			Instant expiresAt) {
	}

	record Look(Instant at, String role, String what, String purpose) {
	}

	record Looks(List<Look> items, String next) {
	}

	@GetMapping("/data")
	@Operation(summary = "Every category of data held about the user, with counts and where to correct it")
	Categories data() {
		return new Categories(yourData.of(me())
			.stream()
			.map(c -> new Category(c.category(), c.description(), c.count(), c.link()))
			.toList(), null);
	}

	@GetMapping("/consent")
	@Operation(summary = "The user's consent choices: preference and analytics cookies, and marketing")
	Consent consent() {
		CookieConsent latest = consents.latest(me());
		return new Consent(latest.preferences(), latest.analytics(), marketing.optedIn(me()));
	}

	@PutMapping("/consent")
	@Operation(summary = "Change consent: analytics off removes the user from analytics from now on; marketing off stops marketing mail")
	Consent choose(@RequestBody Consent choice) {
		CookieConsent chosen = new CookieConsent(Boolean.TRUE.equals(choice.preferences()),
				Boolean.TRUE.equals(choice.analytics()), Boolean.TRUE.equals(choice.marketing()));
		consents.record(me().value(), me(), chosen);
		marketing.choose(me(), chosen.marketing(), "consent-api");
		return consent();
	}

	@PostMapping("/data-exports")
	@Operation(summary = "Ask for a copy of your data (password again); 202 with the export's id, built in the background")
	ResponseEntity<Requested> requestExport(@RequestBody ExportRequest request) {
		UUID id = exports.request(me(), request.password());
		return ResponseEntity.accepted().location(URI.create("/api/v1/me/data-exports/" + id)).body(new Requested(id));
	}

	@GetMapping("/data-exports/{id}")
	@Operation(summary = "An export's status and progress; downloadUrl once READY, for 7 days")
	Export export(@PathVariable UUID id) {
		DataExports.Export export = exports.find(id, me());
		return new Export(export.id(), export.status(), export.progress(),
				export.downloadable(Instant.now()) ? "/api/v1/me/data-exports/" + id + "/download" : null, export.size(),
				export.requestedAt(), export.expiresAt());
	}

	@GetMapping("/data-exports/{id}/download")
	@Operation(summary = "The export's ZIP, for its owner only; 410 once its 7 days are over")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return Downloads.of(new Attachments.File("al-ujrat-data.zip", "application/zip", exports.download(id, me())));
	}

	@GetMapping("/access-log")
	@Operation(summary = "Who saw my data: every staff look beyond what registered users see (when, role, what, purpose)")
	Looks accessLog() {
		return new Looks(yourData.accessLog(me(), disclosures.gagged(me()))
			.stream()
			.map(l -> new Look(l.at(), l.role(), messages.getMessage(l.what(), null, LocaleContextHolder.getLocale()),
					l.purpose()))
			.toList(), null);
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
