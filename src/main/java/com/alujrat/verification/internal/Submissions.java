package com.alujrat.verification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.platform.PhotoCheck;
import com.alujrat.platform.SealedFiles;
import com.alujrat.platform.SensitiveValues;
import com.alujrat.shared.UserId;
import com.alujrat.verification.DocumentType;
import com.alujrat.verification.IdentityRejected;
import com.alujrat.verification.IdentityVerified;
import com.alujrat.verification.IdentityVerifier;
import com.alujrat.verification.VerificationStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity submissions and their review. A user submits once at a time; after a rejection they may submit again.
 * Staff reading a number or photo always leaves a line in the access log.
 */
@Service
public class Submissions {

	private final JdbcClient jdbc;

	private final PhotoCheck photos;

	private final SealedFiles files;

	private final SensitiveValues sensitive;

	private final PhoneConfirmation phones;

	private final List<IdentityVerifier> verifiers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Submissions(JdbcClient jdbc, PhotoCheck photos, SealedFiles files, SensitiveValues sensitive,
			PhoneConfirmation phones, List<IdentityVerifier> verifiers, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.files = files;
		this.sensitive = sensitive;
		this.phones = phones;
		this.verifiers = verifiers;
		this.events = events;
		this.clock = clock;
	}

	/** What a user sends: the photos as uploaded bytes ({@code back} only for a CNIC). */
	public record NewSubmission(String legalName, DocumentType type, String number, String country, byte[] front,
			byte[] back, byte[] selfie) {
	}

	/** What the user (and the API) may see of their own verification: never the number itself. */
	public record Status(VerificationStatus status, DocumentType documentType, String documentNumberMasked,
			boolean phoneVerified, String phoneMasked, String reason, Instant submittedAt) {
	}

	public record QueueItem(UUID id, UUID userId, String legalName, DocumentType documentType, String country,
			boolean duplicate, String status, Instant submittedAt) {
	}

	/** A submission as the verifier reviews it, number in full. */
	public record Review(UUID id, UUID userId, String legalName, DocumentType documentType, String country,
			String documentNumber, boolean hasBack, UUID duplicateOf, String findings, String status, String reason,
			Instant submittedAt, Instant decidedAt, String phone) {
	}

	public record AccessLine(String viewed, String purpose, UUID viewerId, Instant viewedAt) {
	}

	@Transactional
	public UUID submit(UserId user, NewSubmission submission) {
		VerificationStatus current = status(user).status();
		if (current == VerificationStatus.PENDING || current == VerificationStatus.APPROVED) {
			throw new VerificationRejected("documentNumber", "verification.alreadySubmitted");
		}
		String legalName = submission.legalName() == null ? "" : submission.legalName().trim();
		if (legalName.isEmpty() || legalName.length() > 100) {
			throw new VerificationRejected("legalName", "verification.legalName.required");
		}
		DocumentNumber number = DocumentNumber.parse(submission.type(), submission.number(), submission.country());
		if (phones.confirmedPhone(user).isEmpty()) {
			throw new VerificationRejected("phone", "verification.phone.confirmFirst");
		}
		PhotoCheck.CleanPhoto front = photos.clean("front", submission.front());
		PhotoCheck.CleanPhoto back = number.type() == DocumentType.CNIC ? photos.clean("back", submission.back()) : null;
		PhotoCheck.CleanPhoto selfie = photos.clean("selfie", submission.selfie());

		UUID id = UUID.randomUUID();
		String index = sensitive.blindIndex(number.indexInput());
		UUID duplicateOf = jdbc.sql("""
				select user_id from verification.submissions
				where number_index = ? and user_id <> ? and status in ('PENDING', 'APPROVED')
				order by submitted_at limit 1""")
			.params(index, user.value())
			.query(UUID.class)
			.optional()
			.orElse(null);
		IdentityVerifier.Candidate candidate = new IdentityVerifier.Candidate(legalName, number.type(), number.country(),
				number.value(), duplicateOf != null);
		String findings = String.join(",", verifiers.stream().flatMap(v -> v.check(candidate).stream()).toList());
		String frontKey = store(id, "front", front);
		String backKey = back == null ? null : store(id, "back", back);
		String selfieKey = store(id, "selfie", selfie);
		byte[] sealedNumber = sensitive.seal(number.value(), id.toString());
		jdbc.sql("""
				insert into verification.submissions (id, user_id, legal_name, document_type, document_country,
				    number_ciphertext, number_key_id, number_index, number_last_digit, front_file, back_file, selfie_file,
				    status, duplicate_of, automated_findings, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(id, user.value(), legalName, number.type().name(), number.country(), sealedNumber,
					SensitiveValues.keyId(sealedNumber), index, number.value().substring(number.value().length() - 1),
					frontKey, backKey, selfieKey, duplicateOf, findings.isEmpty() ? null : findings,
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	public Status status(UserId user) {
		Optional<String> phone = phones.confirmedPhone(user);
		return latest(user, phone).orElseGet(() -> new Status(VerificationStatus.NOT_SUBMITTED, null, null,
				phone.isPresent(), phone.map(PhoneNumbers::masked).orElse(null), null, null));
	}

	private Optional<Status> latest(UserId user, Optional<String> phone) {
		return jdbc.sql("""
				select status, document_type, number_last_digit, reason, submitted_at from verification.submissions
				where user_id = ? order by submitted_at desc limit 1""")
			.param(user.value())
			.query((rs, n) -> {
				DocumentType type = DocumentType.valueOf(rs.getString(2));
				int length = type == DocumentType.CNIC ? 13 : 9;
				return new Status(VerificationStatus.valueOf(rs.getString(1)), type,
						DocumentNumber.mask(type, rs.getString(3), length), phone.isPresent(),
						phone.map(PhoneNumbers::masked).orElse(null), rs.getString(4),
						rs.getTimestamp(5).toInstant());
			})
			.optional();
	}

	public boolean isVerified(UserId user) {
		return jdbc.sql("select count(*) from verification.submissions where user_id = ? and status = 'APPROVED'")
			.param(user.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** The review queue, oldest first, by keyset: pass the last item's time and id to get the next page. */
	public List<QueueItem> queue(String status, Instant afterTime, UUID afterId, int limit) {
		return jdbc.sql("""
				select id, user_id, legal_name, document_type, document_country, duplicate_of is not null, status,
				       submitted_at from verification.submissions
				where status = :status
				  and (cast(:afterTime as timestamptz) is null or (submitted_at, id) > (:afterTime, :afterId))
				order by submitted_at, id limit :limit""")
			.param("status", status)
			.param("afterTime", afterTime == null ? null : Timestamp.from(afterTime))
			.param("afterId", afterId)
			.param("limit", limit)
			.query((rs, n) -> new QueueItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					DocumentType.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The full submission for a verifier; the number is decrypted and the look is logged. */
	@Transactional
	public Optional<Review> review(UUID id, UserId viewer, String purpose) {
		Optional<Review> review = jdbc.sql("""
				select id, user_id, legal_name, document_type, document_country, number_ciphertext, back_file,
				       duplicate_of, automated_findings, status, reason, submitted_at, decided_at
				from verification.submissions where id = ?""")
			.param(id)
			.query((rs, n) -> new Review(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					DocumentType.valueOf(rs.getString(4)), rs.getString(5),
					display(DocumentType.valueOf(rs.getString(4)), rs.getString(5),
							sensitive.open(rs.getBytes(6), id.toString())),
					rs.getString(7) != null, rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10),
					rs.getString(11), rs.getTimestamp(12).toInstant(),
					rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), null))
			.optional()
			.map(r -> new Review(r.id(), r.userId(), r.legalName(), r.documentType(), r.country(), r.documentNumber(),
					r.hasBack(), r.duplicateOf(), r.findings(), r.status(), r.reason(), r.submittedAt(), r.decidedAt(),
					phones.confirmedPhone(new UserId(r.userId())).orElse(null)));
		review.ifPresent(r -> log(r.id(), r.userId(), viewer, "NUMBER", purpose));
		return review;
	}

	/** A document photo for a verifier, decrypted on the fly; the look is logged. */
	@Transactional
	public Optional<byte[]> photo(UUID id, String which, UserId viewer, String purpose) {
		if (!List.of("front", "back", "selfie").contains(which)) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id, " + which + "_file from verification.submissions where id = ?")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.optional()
			.filter(row -> row[1] != null)
			.flatMap(row -> {
				log(id, (UUID) row[0], viewer, "PHOTO_" + which.toUpperCase(), purpose);
				return files.get((String) row[1]);
			});
	}

	public List<AccessLine> accessLog(UUID submissionId) {
		return jdbc.sql("""
				select viewed, purpose, viewer_id, viewed_at from verification.document_access_log
				where submission_id = ? order by viewed_at desc, id desc""")
			.param(submissionId)
			.query((rs, n) -> new AccessLine(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Approves or rejects a pending submission; a rejection needs a reason the user will read. */
	@Transactional
	public void decide(UUID id, UserId verifier, boolean approve, String reason) {
		UUID subject = jdbc.sql("select user_id from verification.submissions where id = ? and status = 'PENDING' for update")
			.param(id)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new VerificationRejected("decision", "verification.review.notPending"));
		if (subject.equals(verifier.value())) {
			throw new VerificationRejected("decision", "verification.review.ownSubmission");
		}
		String trimmed = reason == null ? "" : reason.trim();
		if (!approve && trimmed.isEmpty()) {
			throw new VerificationRejected("reason", "verification.review.reasonRequired");
		}
		jdbc.sql("""
				update verification.submissions set status = ?, reason = ?, decided_at = ?, decided_by = ?
				where id = ?""")
			.params(approve ? "APPROVED" : "REJECTED", approve ? null : trimmed, Timestamp.from(clock.instant()),
					verifier.value(), id)
			.update();
		events.publishEvent(approve ? new IdentityVerified(new UserId(subject))
				: new IdentityRejected(new UserId(subject), trimmed));
	}

	private void log(UUID submission, UUID subject, UserId viewer, String viewed, String purpose) {
		jdbc.sql("""
				insert into verification.document_access_log (submission_id, subject_user_id, viewer_id, viewed, purpose)
				values (?, ?, ?, ?, ?)""")
			.params(submission, subject, viewer.value(), viewed, purpose == null || purpose.isBlank() ? "REVIEW" : purpose)
			.update();
	}

	private String store(UUID submission, String which, PhotoCheck.CleanPhoto photo) {
		String key = "verification/" + submission + "/" + which + ("png".equals(photo.format()) ? ".png" : ".jpg");
		files.put(key, photo.bytes());
		return key;
	}

	private static String display(DocumentType type, String country, String value) {
		return new DocumentNumber(type, country, value).display();
	}
}
