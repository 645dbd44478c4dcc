package com.alujrat.profiles;

import java.net.http.HttpResponse;
import java.util.Map;

import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile pages over HTTP, as a browser without JavaScript uses them. */
@IntegrationTest
class ProfilePagesTests extends PlatformTestSupport {

	@Test
	void aFreelancerEditsTheirProfileAndPreviewsItAsThePublicSeesIt() {
		Person owner = people.verified("FREELANCER");
		Browserless browser = signedIn(owner);

		HttpResponse<String> saved = browser.submit("/profile", Map.of("headline", "Urdu translator", "bio",
				"Legal and medical translation.", "skills", "urdu-english-translation", "hourlyRate", "1500", "languages",
				"Urdu, English", "city", "Karachi", "area", "Clifton", "availability", "AVAILABLE",
				"visibility[HEADLINE]", "PUBLIC", "visibility[BIO]", "PRIVATE"));
		assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/profile?saved");

		String preview = browser.get("/profile/preview?as=PUBLIC").body();
		assertThat(preview).contains("Urdu translator").doesNotContain("Legal and medical translation.")
			.doesNotContain("Karachi").contains("Ayesha K.").doesNotContain("Ayesha Khan");
		String asEmployer = browser.get("/profile/preview?as=REGISTERED").body();
		assertThat(asEmployer).contains("Rs 1,500").doesNotContain("Clifton");
		String asHired = browser.get("/profile/preview?as=HIRED").body();
		assertThat(asHired).contains("Clifton").contains(owner.email()).contains("Ayesha Khan");

		String publicPage = new Browserless(port).get("/freelancers/" + owner.id()).body();
		assertThat(publicPage).contains("Urdu translator").doesNotContain("Rs 1,500");
	}

	@Test
	void aMistakeComesBackNextToItsFieldAndNothingIsSaved() {
		Person owner = people.verified("FREELANCER");
		Browserless browser = signedIn(owner);

		HttpResponse<String> page = browser.submit("/profile",
				Map.of("headline", "Changed", "hourlyRate", "1500", "visibility[EMAIL]", "PUBLIC"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-field-error=\"visibility.EMAIL\"");
		assertThat(page.body()).as("what was typed comes back").contains("value=\"Changed\"").contains("value=\"1500\"");

		HttpResponse<String> rate = browser.submit("/profile", Map.of("headline", "Changed", "hourlyRate", "lots"));
		assertThat(rate.body()).contains("data-field-error=\"hourlyRate\"").contains("value=\"lots\"");
		assertThat(browser.get("/profile/preview?as=REGISTERED").body()).doesNotContain("Changed");

		HttpResponse<String> hostile = browser.submit("/profile", Map.of("headline", "Tab\tis fine, NUL\u0000 is not"));
		assertThat(hostile.body()).contains("data-field-error=\"headline\"").contains("control characters");
	}

	@Test
	void aMistypedYearOrDateIsAMessageNotAnErrorPage() {
		Browserless browser = signedIn(people.verified("FREELANCER"));

		HttpResponse<String> year = browser.submit("/profile", "/profile/education",
				Map.of("institution", "NUST", "degree", "BE", "startYear", "twenty"));
		HttpResponse<String> date = browser.submit("/profile", "/profile/experience",
				Map.of("experienceTitle", "Engineer", "organisation", "K-Electric", "started", "last year"));

		assertThat(year.statusCode()).isEqualTo(200);
		assertThat(year.body()).contains("Enter a real year.");
		assertThat(date.statusCode()).isEqualTo(200);
		assertThat(date.body()).contains("Enter a start date that is not in the future.");
		assertThat(date.body()).as("the experience form keeps what was typed, the portfolio form does not share it")
			.contains("name=\"experienceTitle\" value=\"Engineer\"").contains("name=\"portfolioTitle\" value=\"\"");
		assertThat(year.body()).contains("name=\"institution\" value=\"NUST\"");
	}

	@Test
	void anEmployerHasTheirOwnProfileAndTheDirectory() {
		Person employer = people.verified("EMPLOYER");
		Browserless browser = signedIn(employer);

		assertThat(browser.submit("/profile", Map.of("companyName", "Chai Wala Traders", "companySize", "2-10", "website",
				"https://chaiwala.pk", "description", "Tea for everyone", "city", "Lahore")).statusCode()).isEqualTo(302);
		assertThat(browser.get("/employers/" + employer.id()).body()).contains("Chai Wala Traders");
		assertThat(browser.get("/freelancers?skill=java").statusCode()).isEqualTo(200);
		assertThat(new Browserless(port).get("/freelancers").statusCode()).isEqualTo(302);
	}

	@Test
	void unknownProfilesAreNotFound() {
		assertThat(new Browserless(port).get("/freelancers/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
		Person employer = people.verified("EMPLOYER");
		assertThat(new Browserless(port).get("/freelancers/" + employer.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdminSeesAProfileAsRegisteredUsersDoUntilTheyNameAPurposeWhichIsLogged() {
		Person owner = people.verified("FREELANCER");
		Person admin = people.staff(com.alujrat.accounts.StaffRole.ADMIN);
		Browserless browser = signedIn(admin);
		browser.submit("/login/two-factor", Map.of("code", people.secondFactor(admin)));

		String plain = browser.get("/freelancers/" + owner.id()).body();
		assertThat(plain).contains("Ayesha K.").contains("data-testid=\"staff-purpose\"");
		String withPurpose = browser.get("/freelancers/" + owner.id() + "?purpose=DISPUTE").body();
		assertThat(withPurpose).contains("Ayesha Khan").doesNotContain("data-testid=\"staff-purpose\"");
		assertThat(jdbc.sql("select purpose from profiles.staff_views where subject_id = ?").param(owner.id())
			.query(String.class).list()).containsExactly("DISPUTE");
	}

	@Test
	void theDirectoryPagesThroughAFilteredResultKeepingEveryFilterAndHtmxGetsOnlyTheNextCards() {
		String city = "Gwadar " + java.util.UUID.randomUUID().toString().substring(0, 6) + " & Sons";
		for (int i = 0; i < 3; i++) {
			Person freelancer = people.verified("FREELANCER");
			new com.alujrat.testing.Api(port).bearer(people.token(freelancer))
				.put("/api/v1/me/profile", Map.of("headline", "Fisher " + i, "city", city, "visibility", Map.of("LOCATION", "REGISTERED")));
		}
		Browserless employer = signedIn(people.verified("EMPLOYER"));
		String encodedCity = java.net.URLEncoder.encode(city, java.nio.charset.StandardCharsets.UTF_8);

		String first = employer.get("/freelancers?city=" + encodedCity + "&limit=2").body();
		assertThat(first.split("data-testid=\"directory-item\"", -1)).hasSize(3);
		java.util.regex.Matcher more = java.util.regex.Pattern.compile("hx-get=\"([^\"]+)\" hx-swap=\"outerHTML\" data-testid=\"directory-more\"")
			.matcher(first);
		assertThat(more.find()).isTrue();
		String next = more.group(1).replace("&amp;", "&");
		assertThat(next).contains("city=" + encodedCity).contains("limit=2").contains("after=");

		HttpResponse<String> fragment = employer.get(next, "HX-Request", "true");
		assertThat(fragment.body()).doesNotContain("<html").doesNotContain("data-testid=\"directory-more\"");
		assertThat(fragment.body().split("data-testid=\"directory-item\"", -1)).hasSize(2);
		assertThat(employer.get(next).body()).contains("<html");
	}

	private Browserless signedIn(Person person) {
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", person.email(), "password", People.PASSWORD));
		return browser;
	}
}
