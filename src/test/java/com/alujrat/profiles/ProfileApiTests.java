package com.alujrat.profiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.profiles.internal.ProfileViews;
import com.alujrat.testing.Api;
import com.alujrat.testing.Images;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.Verified;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfileApiTests extends PlatformTestSupport {

	/** The JSON field of the profile view that carries each section. */
	private static final Map<Section, String> FIELDS = new EnumMap<>(Map.ofEntries(Map.entry(Section.PHOTO, "photoUrl"),
			Map.entry(Section.HEADLINE, "headline"), Map.entry(Section.BIO, "bio"), Map.entry(Section.SKILLS, "skills"),
			Map.entry(Section.RATE, "hourlyRate"), Map.entry(Section.LANGUAGES, "languages"),
			Map.entry(Section.AVAILABILITY, "availability"), Map.entry(Section.LOCATION, "city"),
			Map.entry(Section.EXPERIENCE, "experience"), Map.entry(Section.EDUCATION, "education"),
			Map.entry(Section.PORTFOLIO, "portfolio"), Map.entry(Section.EMAIL, "email"),
			Map.entry(Section.PHONE, "phone")));

	@Autowired
	ProfileViews views;

	@Test
	void everySectionUnderEverySettingIsShownToExactlyTheViewersItAllows() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		fillProfile(ownerApi, owner);
		Map<String, Api> viewers = new LinkedHashMap<>();
		viewers.put("PUBLIC", api);
		viewers.put("REGISTERED", new Api(port).bearer(people.token(people.verified("FREELANCER"))));
		viewers.put("EMPLOYER", new Api(port).bearer(people.token(people.verified("EMPLOYER"))));
		viewers.put("SUPPORT", new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT))));
		Api admin = new Api(port).bearer(people.token(people.staff(StaffRole.ADMIN)));
		viewers.put("ADMIN", admin);
		viewers.put("ADMIN?purpose=FRAUD_CHECK", admin);
		viewers.put("OWNER", ownerApi);
		// Staff see what registered users see; only an admin naming a purpose sees all, and that look is logged.
		Map<String, Viewer> kinds = Map.of("PUBLIC", Viewer.PUBLIC, "REGISTERED", Viewer.REGISTERED, "EMPLOYER",
				Viewer.REGISTERED, "SUPPORT", Viewer.REGISTERED, "ADMIN", Viewer.REGISTERED, "ADMIN?purpose=FRAUD_CHECK",
				Viewer.STAFF, "OWNER", Viewer.OWNER);

		for (Visibility setting : Visibility.values()) {
			Map<String, Object> choices = new LinkedHashMap<>();
			for (Section section : FIELDS.keySet()) {
				boolean allowed = setting != Visibility.PUBLIC || !Section.NEVER_PUBLIC.contains(section);
				choices.put(section.name(), allowed ? setting.name() : Visibility.REGISTERED.name());
			}
			assertThat(ownerApi.put("/api/v1/me/profile", profileBody(choices)).status()).isEqualTo(200);
			for (Map.Entry<String, Api> viewer : viewers.entrySet()) {
				Viewer kind = kinds.get(viewer.getKey());
				String query = viewer.getKey().contains("?") ? viewer.getKey().substring(viewer.getKey().indexOf('?')) : "";
				Api.Response response = viewer.getValue().get("/api/v1/freelancers/" + owner.id() + query);
				assertThat(response.status()).as("%s reads the profile: %s", viewer.getKey(), response.body()).isEqualTo(200);
				JsonNode seen = response.json();
				for (Section section : FIELDS.keySet()) {
					Visibility effective = Visibility.valueOf((String) choices.get(section.name()));
					assertThat(present(seen, FIELDS.get(section)))
						.as("%s set to %s, seen by %s", section, effective, viewer.getKey())
						.isEqualTo(effective.allows(kind));
				}
				var hired = views.freelancer(owner.id(), Viewer.HIRED).orElseThrow();
				assertThat(hired.email() != null).as("email for a hired counterpart under %s", setting)
					.isEqualTo(Visibility.valueOf((String) choices.get("EMAIL")).allows(Viewer.HIRED));
			}
		}
	}

	@Test
	void beforeAHireOthersSeeOnlyTheFirstNameAndLastInitial() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));

		assertThat(api.get("/api/v1/freelancers/" + owner.id()).text("name")).isEqualTo("Ayesha K.");
		assertThat(new Api(port).bearer(people.token(people.verified("EMPLOYER"))).get("/api/v1/freelancers/" + owner.id())
			.text("name")).isEqualTo("Ayesha K.");
		assertThat(new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)))
			.get("/api/v1/freelancers/" + owner.id()).text("name")).isEqualTo("Ayesha K.");
		Person admin = people.staff(StaffRole.ADMIN);
		Api adminApi = new Api(port).bearer(people.token(admin));
		assertThat(adminApi.get("/api/v1/freelancers/" + owner.id() + "?purpose=SUPPORT_REQUEST").text("name"))
			.isEqualTo("Ayesha Khan");
		assertThat(jdbc.sql("select purpose from profiles.staff_views where subject_id = ? and viewer_id = ?")
			.params(owner.id(), admin.id()).query(String.class).list()).containsExactly("SUPPORT_REQUEST");
		Api adminWithoutTwoFactor = new Api(port).bearer(people.token(people.staffWithoutTwoFactor(StaffRole.ADMIN)));
		assertThat(adminWithoutTwoFactor.get("/api/v1/freelancers/" + owner.id() + "?purpose=FRAUD_CHECK").text("name"))
			.as("a staff password alone opens nothing more").isEqualTo("Ayesha K.");
		assertThat(ownerApi.get("/api/v1/me/profile").json().get("profile").get("name").asString()).isEqualTo("Ayesha Khan");
		assertThat(views.freelancer(owner.id(), Viewer.HIRED).orElseThrow().name()).isEqualTo("Ayesha Khan");
	}

	@Test
	void phoneAndEmailCanNeverBePublicAndARefusedSaveChangesNothing() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		ownerApi.put("/api/v1/me/profile", Map.of("headline", "Laravel developer"));

		Map<String, Object> body = new LinkedHashMap<>(Map.of("headline", "Changed", "visibility", Map.of("EMAIL", "PUBLIC")));
		Api.Response refused = ownerApi.put("/api/v1/me/profile", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.hasFieldError("visibility.EMAIL")).isTrue();
		assertThat(ownerApi.get("/api/v1/me/profile").json().get("profile").get("headline").asString())
			.isEqualTo("Laravel developer");
	}

	@Test
	void badProfileInputIsAFieldError() {
		Api ownerApi = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		List<String> sixteen = new ArrayList<>(List.of("java", "python", "javascript", "react", "nodejs", "php-laravel",
				"wordpress", "android", "ios", "flutter", "shopify", "databases", "devops", "qa-testing", "cybersecurity",
				"seo"));

		assertThat(ownerApi.put("/api/v1/me/profile", Map.of("skills", sixteen)).hasFieldError("skills")).isTrue();
		assertThat(ownerApi.put("/api/v1/me/profile", Map.of("skills", List.of("astrology"))).hasFieldError("skills")).isTrue();
		assertThat(ownerApi.put("/api/v1/me/profile", Map.of("hourlyRate", -5)).hasFieldError("hourlyRate")).isTrue();
		assertThat(ownerApi.put("/api/v1/me/profile", Map.of("visibility", Map.of("BIO", "FRIENDS")))
			.hasFieldError("visibility.BIO")).isTrue();
		assertThat(ownerApi.post("/api/v1/me/profile/portfolio", Map.of("title", "Site", "link", "javascript:alert(1)"))
			.hasFieldError("link")).isTrue();
		assertThat(ownerApi.post("/api/v1/me/profile/experience",
				Map.of("title", "Dev", "organisation", "Acme", "started", "2020-01-01", "ended", "2019-01-01"))
			.hasFieldError("ended")).isTrue();
	}

	@Test
	void nobodyEditsOrRemovesAnotherUsersEntries() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		String item = ownerApi.post("/api/v1/me/profile/portfolio", Map.of("title", "Shop site")).text("id");
		Api other = new Api(port).bearer(people.token(people.verified("FREELANCER")));

		assertThat(other.multipart("/api/v1/me/profile/portfolio/" + item + "/images", Map.of(),
				Map.of("image", Images.jpeg(200, 200))).status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/me/profile/portfolio/" + item).status()).isEqualTo(404);
		assertThat(ownerApi.get("/api/v1/me/profile").body()).contains("Shop site");
	}

	@Test
	void aPortfolioItemHoldsAtMostFiveImages() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		String item = ownerApi.post("/api/v1/me/profile/portfolio", Map.of("title", "Logos")).text("id");

		for (int i = 0; i < 5; i++) {
			assertThat(ownerApi.multipart("/api/v1/me/profile/portfolio/" + item + "/images", Map.of(),
					Map.of("image", Images.png(300, 200))).status()).isEqualTo(201);
		}
		assertThat(ownerApi.multipart("/api/v1/me/profile/portfolio/" + item + "/images", Map.of(),
				Map.of("image", Images.png(300, 200))).hasFieldError("image")).isTrue();
		assertThat(api.get("/profiles/" + owner.id() + "/portfolio/" + item + "/images/4").status()).isEqualTo(404);
		assertThat(ownerApi.get("/profiles/" + owner.id() + "/portfolio/" + item + "/images/4").status()).isEqualTo(200);
	}

	@Test
	void theProfilePhotoFollowsItsVisibilityAndComesInTwoSizes() throws Exception {
		Person owner = people.verified("EMPLOYER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		assertThat(ownerApi.multipart("/api/v1/me/profile/photo", Map.of(), Map.of("photo", Images.jpegWithGps()))
			.status()).isEqualTo(204);
		assertThat(ownerApi.multipart("/api/v1/me/profile/photo", Map.of(), Map.of("photo", Images.pdf()))
			.hasFieldError("photo")).isTrue();

		Api.Response small = ownerApi.get("/profiles/" + owner.id() + "/photo?size=96");
		assertThat(small.status()).isEqualTo(200);
		assertThat(api.get("/profiles/" + owner.id() + "/photo").status()).isEqualTo(404);
		ownerApi.put("/api/v1/me/profile", Map.of("visibility", Map.of("PHOTO", "PUBLIC")));
		assertThat(api.get("/profiles/" + owner.id() + "/photo").status()).isEqualTo(200);

		java.nio.file.Path folder = java.nio.file.Path.of("target/test-files/profiles", owner.id().toString());
		ownerApi.multipart("/api/v1/me/profile/photo", Map.of(), Map.of("photo", Images.png(300, 300)));
		try (var stored = java.nio.file.Files.list(folder)) {
			assertThat(stored.filter(f -> !f.getFileName().toString().startsWith(".")).count()).isEqualTo(2);
		}
	}

	@Test
	void aClosedAccountHasNoProfilePageAndNoPhotoAnyMore() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		ownerApi.multipart("/api/v1/me/profile/photo", Map.of(), Map.of("photo", Images.png(300, 300)));
		ownerApi.put("/api/v1/me/profile", Map.of("visibility", Map.of("PHOTO", "PUBLIC")));
		assertThat(api.get("/profiles/" + owner.id() + "/photo").status()).isEqualTo(200);

		jdbc.sql("update accounts.users set status = 'CLOSED' where id = ?").param(owner.id()).update();

		assertThat(api.get("/profiles/" + owner.id() + "/photo").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/freelancers/" + owner.id()).status()).isEqualTo(404);
		assertThat(new com.alujrat.testing.Browserless(port).get("/freelancers/" + owner.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void theCompletenessMeterSuggestsTheNextStep() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		JsonNode before = ownerApi.get("/api/v1/me/profile").json().get("completeness");
		assertThat(before.get("percent").asInt()).isZero();
		assertThat(before.get("nextStep").asString()).isEqualTo("profile.next.verify");

		fillProfile(ownerApi, owner);

		JsonNode after = ownerApi.get("/api/v1/me/profile").json().get("completeness");
		assertThat(after.get("percent").asInt()).isGreaterThan(70);
	}

	@Test
	void theDirectoryMatchesOnlyWhatTheSearcherMaySee() {
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		Person open = freelancerWith(word + " Flutter developer", List.of("flutter"), "Multan", Map.of("LOCATION", "REGISTERED"));
		Person hiddenSkills = freelancerWith(word + " Flutter expert", List.of("flutter"), "Multan",
				Map.of("SKILLS", "PRIVATE"));
		Api employer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		assertThat(ids(employer.get("/api/v1/freelancers?q=" + word))).containsExactlyInAnyOrder(open.id(), hiddenSkills.id());
		assertThat(ids(employer.get("/api/v1/freelancers?q=" + word + "&skill=flutter"))).containsExactly(open.id());
		assertThat(ids(employer.get("/api/v1/freelancers?q=" + word + "&city=multan"))).containsExactly(open.id());
		assertThat(ids(employer.get("/api/v1/freelancers?q=" + word + "&category=software"))).containsExactly(open.id());
		assertThat(ids(employer.get("/api/v1/freelancers?q=" + word + "&minRate=1000&maxRate=3000")))
			.containsExactlyInAnyOrder(open.id(), hiddenSkills.id());
		assertThat(ids(employer.get("/api/v1/freelancers?q=" + word + "&verified=true"))).isEmpty();
		assertThat(api.get("/api/v1/freelancers?q=" + word).status()).isEqualTo(401);
	}

	@Test
	void theDirectoryPagesByCursor() {
		String word = "zp" + UUID.randomUUID().toString().substring(0, 6);
		List<UUID> created = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			created.add(freelancerWith(word + " writer " + i, List.of("content-writing"), "", Map.of()).id());
		}
		Api employer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		Api.Response first = employer.get("/api/v1/freelancers?q=" + word + "&limit=2");
		Api.Response second = employer.get("/api/v1/freelancers?q=" + word + "&limit=2&after=" + first.text("next"));

		assertThat(ids(first)).hasSize(2);
		assertThat(ids(second)).hasSize(1);
		assertThat(second.text("next")).isNull();
		List<UUID> all = new ArrayList<>(ids(first));
		all.addAll(ids(second));
		assertThat(all).containsExactlyInAnyOrderElementsOf(created);
		assertThat(employer.get("/api/v1/freelancers?after=garbage").hasFieldError("after")).isTrue();
	}

	@Test
	void theVerifiedBadgeReachesTheDirectory() {
		String word = "zv" + UUID.randomUUID().toString().substring(0, 6);
		Person freelancer = freelancerWith(word + " bookkeeper", List.of("bookkeeping"), "", Map.of());
		Api app = new Api(port).bearer(people.token(freelancer));
		Verified.confirmPhone(app, outbox, Verified.randomPhone());
		Verified.submitCnic(app, Verified.randomCnic());
		String submission = jdbc.sql("select id from verification.submissions where user_id = ?").param(freelancer.id())
			.query(String.class).single();
		new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)))
			.post("/api/v1/staff/verifications/" + submission + "/decision", Map.of("decision", "APPROVE"));
		Api employer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		Awaitility.await().until(() -> ids(employer.get("/api/v1/freelancers?verified=true&q=" + word)).size() == 1);
		assertThat(employer.get("/api/v1/freelancers/" + freelancer.id()).json().get("verified").asBoolean()).isTrue();
	}

	@Test
	void theTaxonomyIsPublic() {
		Api.Response categories = api.get("/api/v1/categories");
		assertThat(categories.status()).isEqualTo(200);
		assertThat(categories.body()).contains("Writing & translation").contains("Electrician").contains("Quran teaching");
		assertThat(api.get("/api/v1/skills").json().size()).isGreaterThan(60);
	}

	private Person freelancerWith(String headline, List<String> skills, String city, Map<String, String> visibility) {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("headline", headline);
		body.put("skills", skills);
		body.put("city", city);
		body.put("hourlyRate", 2000);
		body.put("visibility", visibility);
		Api.Response saved = app.put("/api/v1/me/profile", body);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return person;
	}

	private static List<UUID> ids(Api.Response page) {
		List<UUID> ids = new ArrayList<>();
		page.json().get("items").forEach(item -> ids.add(UUID.fromString(item.get("userId").asString())));
		return ids;
	}

	private void fillProfile(Api ownerApi, Person owner) {
		Verified.confirmPhone(ownerApi, outbox, Verified.randomPhone());
		ownerApi.put("/api/v1/me/profile", profileBody(Map.of()));
		ownerApi.multipart("/api/v1/me/profile/photo", Map.of(), Map.of("photo", Images.jpeg(500, 500)));
		ownerApi.post("/api/v1/me/profile/experience", Map.of("title", "Developer", "organisation", "Systems Ltd",
				"started", LocalDate.now().minusYears(3).toString(), "description", "Built shops"));
		ownerApi.post("/api/v1/me/profile/education",
				Map.of("institution", "FAST Lahore", "degree", "BS Computer Science", "startYear", 2014, "endYear", 2018));
		ownerApi.post("/api/v1/me/profile/portfolio", Map.of("title", "Daraz store", "link", "https://example.pk"));
	}

	private static Map<String, Object> profileBody(Map<String, Object> visibility) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("headline", "Laravel and Flutter developer");
		body.put("bio", "I build online shops and mobile apps for businesses in Lahore and beyond. ".repeat(3));
		body.put("skills", List.of("php-laravel", "flutter", "databases"));
		body.put("hourlyRate", 2500);
		body.put("languages", List.of("Urdu", "English"));
		body.put("availability", "AVAILABLE");
		body.put("city", "Lahore");
		body.put("area", "Johar Town");
		body.put("visibility", visibility);
		return body;
	}

	private static boolean present(JsonNode view, String field) {
		JsonNode value = view.get(field);
		return value != null && !value.isNull();
	}
}
