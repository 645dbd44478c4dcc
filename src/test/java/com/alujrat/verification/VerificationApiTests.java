package com.alujrat.verification;

import java.util.List;
import java.util.Map;

import com.alujrat.accounts.StaffRole;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
import com.alujrat.testing.Images;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.Verified;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class VerificationApiTests extends PlatformTestSupport {

	@Autowired
	Verifications verifications;

	@Test
	void aMobileNumberIsConfirmedByTheCodeSentBySms() {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		String phone = Verified.randomPhone();

		Verified.confirmPhone(app, outbox, phone);

		Api.Response status = app.get("/api/v1/me/verification");
		assertThat(status.json().get("phoneVerified").asBoolean()).isTrue();
		assertThat(status.text("status")).isEqualTo("NOT_SUBMITTED");
		assertThat(jdbc.sql("select phone_e164 from verification.phones where user_id = ?").param(person.id())
			.query(String.class).single()).isEqualTo(Verified.e164(phone));
	}

	@Test
	void fiveWrongCodesUseUpTheCode() {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		String phone = Verified.randomPhone();
		app.post("/api/v1/me/phone", Map.of("phone", phone));
		String code = Verified.smsCode(outbox, phone);
		String wrong = code.equals("000000") ? "111111" : "000000";

		for (int i = 0; i < 5; i++) {
			assertThat(app.post("/api/v1/me/phone/confirm", Map.of("code", wrong)).hasFieldError("code")).isTrue();
		}
		Api.Response sixth = app.post("/api/v1/me/phone/confirm", Map.of("code", code));
		assertThat(sixth.status()).isEqualTo(400);
		assertThat(sixth.json().get("errors").get(0).get("message").asString()).contains("Too many wrong codes");
	}

	@Test
	void aCodeExpiresAfterTenMinutes() {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		String phone = Verified.randomPhone();
		app.post("/api/v1/me/phone", Map.of("phone", phone));
		String code = Verified.smsCode(outbox, phone);
		jdbc.sql("update verification.phone_challenges set expires_at = now() - interval '1 second' where user_id = ?")
			.param(person.id())
			.update();

		Api.Response late = app.post("/api/v1/me/phone/confirm", Map.of("code", code));

		assertThat(late.status()).isEqualTo(400);
		assertThat(late.json().get("errors").get(0).get("message").asString()).contains("expired");
	}

	@Test
	void codesCannotBeRequestedEndlessly() {
		Api app = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		String phone = Verified.randomPhone();
		for (int i = 0; i < 3; i++) {
			assertThat(app.post("/api/v1/me/phone", Map.of("phone", phone)).status()).isEqualTo(202);
		}
		Api.Response limited = app.post("/api/v1/me/phone", Map.of("phone", phone));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.problem()).isEqualTo("too-many-requests");
		assertThat(limited.hasFieldError("phone")).isTrue();
		assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 600L);
	}

	@Test
	void aMalformedPhoneIsAFieldError() {
		Api app = new Api(port).bearer(people.token(people.verified("FREELANCER")));

		Api.Response response = app.post("/api/v1/me/phone", Map.of("phone", "021 35123456"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasFieldError("phone")).isTrue();
	}

	@Test
	void aSubmissionNeedsAConfirmedPhoneAndGivesBackOnlyTheMaskedNumber() {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		String cnic = Verified.randomCnic();

		assertThat(Verified.submitCnic(app, cnic).hasFieldError("phone")).isTrue();
		Verified.confirmPhone(app, outbox, Verified.randomPhone());
		Api.Response submitted = Verified.submitCnic(app, cnic);

		assertThat(submitted.status()).isEqualTo(202);
		assertThat(submitted.text("status")).isEqualTo("PENDING");
		assertThat(submitted.text("documentNumberMasked")).isEqualTo("*****-*******-" + cnic.charAt(cnic.length() - 1));
		assertThat(submitted.body()).doesNotContain(cnic.replace("-", "")).doesNotContain(cnic);
		assertThat(app.get("/api/v1/me/verification").body()).doesNotContain(cnic.substring(0, 5));
		assertThat(verifications.status(new UserId(person.id()))).isEqualTo(VerificationStatus.PENDING);
		assertThat(verifications.isVerified(new UserId(person.id()))).isFalse();
	}

	@Test
	void theStoredNumberAndPhotosAreNotThePlainValues() throws Exception {
		String cnic = Verified.randomCnic();
		Person person = Verified.pending(people, api, outbox, "FREELANCER", cnic, Verified.randomPhone());

		Map<String, Object> row = jdbc.sql("select * from verification.submissions where user_id = ?")
			.param(person.id()).query().singleRow();
		String digits = cnic.replace("-", "");
		assertThat(new String((byte[]) row.get("number_ciphertext"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(digits);
		assertThat(row.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(digits) || v.contains(cnic));
		byte[] bytes = java.nio.file.Files.readAllBytes(
				java.nio.file.Path.of("target/test-files").resolve((String) row.get("front_file")));
		assertThat(bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8).isFalse();
	}

	@Test
	void badPhotosAreFieldErrorsAndNothingIsSaved() {
		Person person = people.verified("EMPLOYER");
		Api app = new Api(port).bearer(people.token(person));
		Verified.confirmPhone(app, outbox, Verified.randomPhone());

		Api.Response pdf = app.multipart("/api/v1/me/verification",
				Map.of("legalName", "Ayesha Khan", "documentType", "CNIC", "documentNumber", Verified.randomCnic()),
				Map.of("front", Images.pdf(), "back", Images.jpeg(100, 100), "selfie", Images.jpeg(100, 100)));
		Api.Response bomb = app.multipart("/api/v1/me/verification",
				Map.of("legalName", "Ayesha Khan", "documentType", "CNIC", "documentNumber", Verified.randomCnic()),
				Map.of("front", Images.jpeg(100, 100), "back", Images.jpeg(100, 100), "selfie", Images.decompressionBomb()));
		Api.Response badNumber = app.multipart("/api/v1/me/verification",
				Map.of("legalName", "Ayesha Khan", "documentType", "CNIC", "documentNumber", "12345"),
				Map.of("front", Images.jpeg(100, 100), "back", Images.jpeg(100, 100), "selfie", Images.jpeg(100, 100)));

		assertThat(pdf.hasFieldError("front")).isTrue();
		assertThat(bomb.hasFieldError("selfie")).isTrue();
		assertThat(badNumber.hasFieldError("documentNumber")).isTrue();
		assertThat(jdbc.sql("select count(*) from verification.submissions where user_id = ?").param(person.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aSecondAccountWithTheSameCnicGoesToReviewFlaggedAsDuplicate() {
		String cnic = Verified.randomCnic();
		Person first = Verified.pending(people, api, outbox, "FREELANCER", cnic, Verified.randomPhone());
		Person second = Verified.pending(people, api, outbox, "EMPLOYER", cnic.replace("-", ""), Verified.randomPhone());

		assertThat(jdbc.sql("select duplicate_of from verification.submissions where user_id = ?").param(second.id())
			.query(java.util.UUID.class).single()).isEqualTo(first.id());
		assertThat(jdbc.sql("select automated_findings from verification.submissions where user_id = ?")
			.param(second.id()).query(String.class).single()).contains("DUPLICATE_NUMBER");
	}

	@Test
	void aVerifierSeesTheNumberAndPhotosAndEveryLookIsLogged() {
		String cnic = Verified.randomCnic();
		Person person = Verified.pending(people, api, outbox, "FREELANCER", cnic, Verified.randomPhone());
		Person verifier = people.staff(StaffRole.VERIFIER);
		Api staff = new Api(port).bearer(people.token(verifier));
		String id = submissionId(person);

		Api.Response detail = staff.get("/api/v1/staff/verifications/" + id + "?purpose=FRAUD_CHECK");
		Api.Response photo = staff.get("/staff/verifications/" + id + "/photos/front");

		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().get("submission").get("documentNumber").asString()).isEqualTo(cnic);
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.cacheControl()).contains("no-store");
		assertThat(jdbc.sql("""
				select viewed || ':' || purpose from verification.document_access_log
				where subject_user_id = ? and viewer_id = ? order by id""")
			.params(person.id(), verifier.id()).query(String.class).list())
			.containsExactly("NUMBER:FRAUD_CHECK", "PHOTO_FRONT:REVIEW");
	}

	@Test
	void nobodyButAVerifierReachesDocumentsNotEvenTheOwnerOrOtherStaff() {
		Person person = Verified.pending(people, api, outbox, "FREELANCER", Verified.randomCnic(), Verified.randomPhone());
		String id = submissionId(person);
		List<Person> others = List.of(person, people.staff(StaffRole.ADMIN, StaffRole.SUPPORT, StaffRole.FINANCE,
				StaffRole.LEGAL), people.verified("EMPLOYER"));

		for (Person other : others) {
			Api caller = new Api(port).bearer(people.token(other));
			assertThat(caller.get("/api/v1/staff/verifications/" + id).status()).isEqualTo(403);
			assertThat(caller.get("/staff/verifications/" + id + "/photos/front").status()).isEqualTo(403);
			assertThat(caller.get("/api/v1/staff/verifications").status()).isEqualTo(403);
		}
		assertThat(api.get("/api/v1/staff/verifications/" + id).status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from verification.document_access_log where subject_user_id = ?")
			.param(person.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void approvalGivesTheBadgeAndTellsTheUser() {
		Person person = Verified.pending(people, api, outbox, "FREELANCER", Verified.randomCnic(), Verified.randomPhone());
		Api staff = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));

		Api.Response decided = staff.post("/api/v1/staff/verifications/" + submissionId(person) + "/decision",
				Map.of("decision", "APPROVE", "reason", ""));

		assertThat(decided.status()).isEqualTo(204);
		assertThat(verifications.isVerified(new UserId(person.id()))).isTrue();
		assertThat(outbox.await(person.email(), "identity is verified")).isNotNull();
	}

	@Test
	void aRejectionCarriesAReasonTheUserSeesAndTheyMaySubmitAgain() {
		Person person = Verified.pending(people, api, outbox, "EMPLOYER", Verified.randomCnic(), Verified.randomPhone());
		Api staff = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));
		String id = submissionId(person);

		assertThat(staff.post("/api/v1/staff/verifications/" + id + "/decision", Map.of("decision", "REJECT"))
			.hasFieldError("reason")).isTrue();
		staff.post("/api/v1/staff/verifications/" + id + "/decision",
				Map.of("decision", "REJECT", "reason", "The selfie is too dark"));

		Api app = new Api(port).bearer(people.token(person));
		Api.Response status = app.get("/api/v1/me/verification");
		assertThat(status.text("status")).isEqualTo("REJECTED");
		assertThat(status.text("reason")).isEqualTo("The selfie is too dark");
		assertThat(Verified.submitCnic(app, Verified.randomCnic()).status()).isEqualTo(202);
		assertThat(app.get("/api/v1/me/verification").text("status")).isEqualTo("PENDING");
	}

	@Test
	void aVerifierCannotDecideTheirOwnSubmission() {
		Person verifier = people.staff(StaffRole.VERIFIER);
		Api app = new Api(port).bearer(people.token(verifier));
		Verified.confirmPhone(app, outbox, Verified.randomPhone());
		Verified.submitCnic(app, Verified.randomCnic());

		Api.Response own = app.post("/api/v1/staff/verifications/" + submissionId(verifier) + "/decision",
				Map.of("decision", "APPROVE"));

		assertThat(own.status()).isEqualTo(400);
		assertThat(verifications.isVerified(new UserId(verifier.id()))).isFalse();
	}

	@Test
	void theQueueListsPendingSubmissionsOldestFirstWithACursor() {
		Person person = Verified.pending(people, api, outbox, "FREELANCER", Verified.randomCnic(), Verified.randomPhone());
		Api staff = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));

		Api.Response page = staff.get("/api/v1/staff/verifications?status=PENDING");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(person.id().toString());
		assertThat(staff.get("/api/v1/staff/verifications?after=nonsense").hasFieldError("after")).isTrue();
	}

	private String submissionId(Person person) {
		return jdbc.sql("select id from verification.submissions where user_id = ? order by submitted_at desc limit 1")
			.param(person.id()).query(String.class).single();
	}
}
