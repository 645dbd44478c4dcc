package com.alujrat.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.alujrat.accounts.StaffRole;
import com.alujrat.privacy.internal.Disclosures;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DisclosureTests extends PlatformTestSupport {

	@Autowired
	Disclosures disclosures;

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	@Test
	void aProhibitedDisclosureIsNeitherShownNorSentUntilTheProhibitionLapsesThenItIs() throws IOException {
		Person gagged = people.verified("FREELANCER");
		Api gaggedApi = new Api(port).bearer(people.token(gagged));
		Person told = people.verified("EMPLOYER");
		Api toldApi = new Api(port).bearer(people.token(told));
		Api legal = new Api(port).bearer(people.token(people.staff(StaffRole.LEGAL)));
		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
		String reference = "FIA/" + Marketplace.uniqueWord();
		Map<String, Object> entry = new java.util.HashMap<>(Map.of("authority", "FIA Cyber Crime Wing", "reference",
				reference, "legalBasis", "PECA 2016 s.31 production order", "disclosedOn", today.toString(),
				"categories", List.of("account", "payments"), "emails", List.of(gagged.email()), "prohibited", true,
				"prohibitedUntil", today.plusDays(30).toString()));

		assertThat(support.post("/api/v1/staff/disclosures", entry).status()).isEqualTo(403);
		assertThat(legal.post("/api/v1/staff/disclosures", Map.of("authority", "FIA")).status()).isEqualTo(400);
		String id = legal.post("/api/v1/staff/disclosures", entry).text("id");
		entry.putAll(Map.of("emails", List.of(told.email()), "prohibited", false, "reference", reference + "-b"));
		entry.remove("prohibitedUntil");
		legal.post("/api/v1/staff/disclosures", entry);

		assertThat(toldApi.get("/api/v1/me/disclosures").json().path("items").get(0).path("authority").asString())
			.isEqualTo("FIA Cyber Crime Wing");
		outbox.await(told.email(), "Your data was disclosed");
		assertThat(gaggedApi.get("/api/v1/me/disclosures").json().path("items").size()).isZero();
		disclosures.tellLapsed(Instant.now().plus(Duration.ofDays(29)));
		assertThat(gaggedApi.get("/api/v1/me/disclosures").json().path("items").size()).isZero();
		Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> outbox.count(gagged.email(), "Your data was disclosed") == 0);

		Api.Download export = legal.download("/api/v1/staff/disclosures/" + id + "/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(entries(export.bytes())).contains(gagged.id() + "/account.json", gagged.id() + "/payments.json",
				"README.md")
			.noneMatch(name -> name.endsWith("messages.json") || name.contains(told.id().toString()));
		assertThat(jdbc.sql("select count(*) from privacy.disclosure_downloads where disclosure_id = ?::uuid")
			.param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(support.download("/api/v1/staff/disclosures/" + id + "/export").status()).isEqualTo(403);

		disclosures.tellLapsed(Instant.now().plus(Duration.ofDays(31)));
		assertThat(gaggedApi.get("/api/v1/me/disclosures").json().path("items").get(0).path("reference").asString())
			.isEqualTo(reference);
		outbox.await(gagged.email(), "Your data was disclosed");
	}

	@Test
	void aBusinessTransferNoticeIsMailedAndShownWithTheChoicesUntilRead() {
		Person member = people.verified("EMPLOYER");
		Api memberApi = new Api(port).bearer(people.token(member));
		Api legal = new Api(port).bearer(people.token(people.staff(StaffRole.LEGAL)));
		String word = Marketplace.uniqueWord();
		assertThat(legal.post("/api/v1/staff/notices", Map.of("kind", "MERGER")).status()).isEqualTo(400);
		String id = legal.post("/api/v1/staff/notices", Map.of("kind", "ACQUISITION", "titleEn", "Al Ujrat joins " + word,
				"bodyEn", "Your data moves with us.", "titleUr", "العجرت " + word, "bodyUr", "آپ کا ڈیٹا ہمارے ساتھ۔"))
			.text("id");

		assertThat(memberApi.get("/api/v1/me/notices").json().path("items").get(0).path("id").asString()).isEqualTo(id);
		String page = new Browserless(port).get("/service-providers").body();
		assertThat(page).contains("JazzCash");
		Awaitility.await().atMost(Duration.ofSeconds(60))
			.until(() -> outbox.count(member.email(), "An important notice about Al Ujrat") == 1);
		assertThat(memberApi.post("/api/v1/me/notices/" + id + "/read", Map.of()).status()).isEqualTo(204);
		assertThat(memberApi.get("/api/v1/me/notices").json().path("items").size()).isZero();
	}
}
