package com.alujrat.privacy.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.web.Downloads;
import com.alujrat.privacy.internal.Disclosures;
import com.alujrat.privacy.internal.Disclosures.Disclosure;
import com.alujrat.privacy.internal.PlatformNotices;
import com.alujrat.privacy.internal.Retention;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * LEGAL's API (disclosure register, legal holds, business-transfer notices) and what a user may see of it: the
 * disclosures about them no longer under a prohibition, and notices to read.
 */
@RestController
@RequestMapping("/api/v1")
class LegalApi {

	private final Disclosures disclosures;

	private final Retention retention;

	private final PlatformNotices notices;

	private final Accounts accounts;

	private final com.alujrat.privacy.internal.Erasures erasures;

	LegalApi(Disclosures disclosures, Retention retention, PlatformNotices notices, Accounts accounts,
			com.alujrat.privacy.internal.Erasures erasures) {
		this.erasures = erasures;
		this.disclosures = disclosures;
		this.retention = retention;
		this.notices = notices;
		this.accounts = accounts;
	}

	record NewDisclosure(String authority, String reference, String legalBasis, LocalDate disclosedOn,
			List<String> categories, List<String> emails, Boolean prohibited, LocalDate prohibitedUntil) {
	}

	record DisclosureItem(UUID id, String authority, String reference, String legalBasis, LocalDate disclosedOn,
			List<String> categories) {
	}

	record StaffDisclosureItem(UUID id, String authority, String reference, String legalBasis, LocalDate disclosedOn,
			List<String> categories, boolean prohibited, LocalDate prohibitedUntil, int people, Instant recordedAt) {
	}

	record Page<T>(List<T> items, String next) {
	}

	record Created(UUID id) {
	}

	record NewHold(UUID userId, String reason) {
	}

	record MinorErasure(UUID userId, String reason) {
	}

	record NewNotice(String kind, String titleEn, String bodyEn, String titleUr, String bodyUr) {
	}

	record NoticeItem(UUID id, String kind, String titleEn, String bodyEn, String titleUr, String bodyUr,
			Instant publishedAt) {
	}

	@GetMapping("/me/disclosures")
	@Operation(summary = "Disclosures of the user's data to authorities, once telling them is no longer prohibited")
	Page<DisclosureItem> mine() {
		return new Page<>(disclosures.about(me())
			.stream()
			.map(d -> new DisclosureItem(d.id(), d.authority(), d.reference(), d.legalBasis(), d.disclosedOn(),
					d.categories()))
			.toList(), null);
	}

	@GetMapping("/me/notices")
	@Operation(summary = "Notices about the platform (merger, acquisition, sale) the user has not marked read")
	Page<NoticeItem> unreadNotices() {
		return new Page<>(notices.unread(me()).stream().map(LegalApi::item).toList(), null);
	}

	@PostMapping("/me/notices/{id}/read")
	@Operation(summary = "Mark a platform notice read: its banner goes")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable UUID id) {
		notices.read(me(), id);
	}

	@GetMapping("/staff/disclosures")
	@Operation(summary = "The disclosure register, newest first (LEGAL)")
	Page<StaffDisclosureItem> register() {
		return new Page<>(disclosures.register().stream().map(LegalApi::staffItem).toList(), null);
	}

	@PostMapping("/staff/disclosures")
	@Operation(summary = "Record a disclosure; its scoped export is made now, and the people concerned are told unless prohibited")
	ResponseEntity<Created> record(@RequestBody NewDisclosure body) {
		UUID id = disclosures.record(new Disclosures.Entry(body.authority(), body.reference(), body.legalBasis(),
				body.disclosedOn(), body.categories(), body.emails(), Boolean.TRUE.equals(body.prohibited()),
				body.prohibitedUntil()), me());
		return ResponseEntity.created(URI.create("/api/v1/staff/disclosures/" + id)).body(new Created(id));
	}

	@GetMapping("/staff/disclosures/{id}/export")
	@Operation(summary = "The scoped export for the authority (ZIP); every download is logged")
	ResponseEntity<byte[]> export(@PathVariable UUID id) {
		return Downloads.of(new Attachments.File("disclosure-" + id + ".zip", "application/zip", disclosures.export(id, me())));
	}

	@PostMapping("/staff/disclosures/{id}/lift")
	@Operation(summary = "Lift a prohibition: the people concerned are told now")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void lift(@PathVariable UUID id) {
		disclosures.lift(id);
	}

	@PostMapping("/staff/legal-holds")
	@Operation(summary = "Place a legal hold: the person's data is kept whatever the retention rules")
	ResponseEntity<Created> hold(@RequestBody NewHold body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Created(retention.hold(known(body.userId()), body.reason(), me())));
	}

	@DeleteMapping("/staff/legal-holds/{id}")
	@Operation(summary = "Release a legal hold")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void release(@PathVariable UUID id) {
		retention.release(id, me());
	}

	@PostMapping("/staff/minors")
	@Operation(summary = "Mark an account as an unsupervised minor's: terminated and its personal data erased (SUPPORT, LEGAL)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void eraseMinor(@RequestBody MinorErasure body) {
		erasures.eraseMinor(known(body.userId()), me(), body.reason());
	}

	@PostMapping("/staff/notices")
	@Operation(summary = "Publish a business-transfer notice (MERGER, ACQUISITION, SALE): mailed to all and shown as a banner")
	ResponseEntity<Created> publish(@RequestBody NewNotice body) {
		PlatformNotices.Kind kind;
		try {
			kind = body.kind() == null ? null : PlatformNotices.Kind.valueOf(body.kind());
		}
		catch (IllegalArgumentException ex) {
			kind = null;
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Created(notices.publish(kind, body.titleEn(), body.bodyEn(), body.titleUr(), body.bodyUr(), me())));
	}

	private static NoticeItem item(PlatformNotices.Notice n) {
		return new NoticeItem(n.id(), n.kind().name(), n.titleEn(), n.bodyEn(), n.titleUr(), n.bodyUr(), n.publishedAt());
	}

	private static StaffDisclosureItem staffItem(Disclosure d) {
		return new StaffDisclosureItem(d.id(), d.authority(), d.reference(), d.legalBasis(), d.disclosedOn(),
				d.categories(), d.prohibited(), d.prohibitedUntil(), d.people(), d.recordedAt());
	}

	private UserId known(UUID id) {
		return accounts.find(new UserId(id == null ? new UUID(0, 0) : id))
			.orElseThrow(() -> new NotFound("No such account."))
			.id();
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
