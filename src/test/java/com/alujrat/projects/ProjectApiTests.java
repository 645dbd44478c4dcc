package com.alujrat.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProjectApiTests extends PlatformTestSupport {

	Marketplace market;

	@BeforeEach
	void marketplace() {
		market = new Marketplace(port, people, outbox, jdbc);
	}

	@Test
	void aProjectIsSeenByItsEmployerRegisteredFreelancersAndStaffAndByNobodyElseInPagesApiAndSearch() {
		Api owner = market.as(market.verified("EMPLOYER"));
		String word = unique();
		UUID project = market.published(owner, Map.of("title", "Mobile app for " + word + " delivery"));
		UUID draft = market.draft(owner, Map.of("title", "Draft app for " + word + " delivery"));
		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		Map<String, Api> viewers = new LinkedHashMap<>();
		viewers.put("visitor", api);
		viewers.put("other employer", new Api(port).bearer(people.token(people.verified("EMPLOYER"))));
		viewers.put("freelancer", freelancer);
		viewers.put("owner", owner);
		for (StaffRole role : StaffRole.values()) {
			viewers.put(role.name(), new Api(port).bearer(people.token(people.staff(role))));
		}
		List<String> see = List.of("freelancer", "owner", "ADMIN", "VERIFIER", "SUPPORT", "FINANCE", "LEGAL");

		for (Map.Entry<String, Api> viewer : viewers.entrySet()) {
			boolean sees = see.contains(viewer.getKey());
			Api.Response read = viewer.getValue().get("/api/v1/projects/" + project);
			assertThat(read.status()).as("%s reads the project", viewer.getKey()).isEqualTo(sees ? 200 : 404);
			Api.Response page = viewer.getValue().get("/projects/" + project);
			assertThat(page.status()).as("%s opens its page", viewer.getKey()).isEqualTo(sees ? 200 : 404);
			assertThat(page.body()).as("%s reads its text on a page", viewer.getKey()).contains(sees ? word : "");
			if (!sees) {
				assertThat(page.body()).doesNotContain(word);
			}
			if (!viewer.getKey().equals("visitor")) {
				Api.Response found = viewer.getValue().get("/api/v1/projects?q=" + word);
				assertThat(found.status()).isEqualTo(200);
				assertThat(ids(found)).as("%s finds it", viewer.getKey()).isEqualTo(sees ? List.of(project.toString()) : List.of());
			}
			boolean seesDraft = viewer.getKey().equals("owner");
			assertThat(viewer.getValue().get("/api/v1/projects/" + draft).status()).as("%s reads the draft", viewer.getKey())
				.isEqualTo(seesDraft ? 200 : 404);
		}
		assertThat(api.get("/api/v1/projects?q=" + word).status()).isEqualTo(401);
	}

	@Test
	void freelancersSeeABidRangeNeverTheCountAndTheEmployerSeesTheCount() {
		Api owner = market.as(market.verified("EMPLOYER"));
		UUID project = market.published(owner, Map.of());
		Api bidder = market.as(market.verified("FREELANCER"));
		market.bid(bidder, project, 6_000_000);

		JsonNode seenByBidder = bidder.get("/api/v1/projects/" + project).json();
		JsonNode seenByOwner = owner.get("/api/v1/projects/" + project).json();

		assertThat(seenByBidder.get("bidCount").isNull()).isTrue();
		assertThat(seenByBidder.get("bidRange").asString()).isEqualTo("0-5");
		assertThat(seenByBidder.get("myBid").get("amount").asLong()).isEqualTo(6_000_000);
		assertThat(seenByOwner.get("bidCount").asInt()).isEqualTo(1);
		assertThat(seenByOwner.get("employer").get("name").asString()).doesNotContain(".");
		assertThat(seenByBidder.get("employer").get("name").asString()).endsWith(".");
	}

	@Test
	void invitationOnlyProjectsAreSeenByInvitedFreelancersTheEmployerAndStaffWhoNameAPurpose() {
		Api owner = market.as(market.verified("EMPLOYER"));
		String word = unique();
		UUID project = market.published(owner, Map.of("title", "Invited-only logo for " + word, "visibility", "INVITED"));
		Person invited = people.verified("FREELANCER");
		Api invitedApi = new Api(port).bearer(people.token(invited));
		Api other = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		Person support = people.staff(StaffRole.SUPPORT);
		Api staff = new Api(port).bearer(people.token(support));

		assertThat(invitedApi.get("/api/v1/projects/" + project).status()).isEqualTo(404);
		assertThat(owner.post("/api/v1/projects/" + project + "/invitations", Map.of("freelancerId", invited.id())).status())
			.isEqualTo(204);

		assertThat(invitedApi.get("/api/v1/projects/" + project).status()).isEqualTo(200);
		assertThat(ids(invitedApi.get("/api/v1/projects?q=" + word))).containsExactly(project.toString());
		assertThat(other.get("/api/v1/projects/" + project).status()).isEqualTo(404);
		assertThat(ids(other.get("/api/v1/projects?q=" + word))).isEmpty();
		assertThat(staff.get("/api/v1/projects/" + project).status()).isEqualTo(404);
		assertThat(staff.get("/projects/" + project).body()).contains("data-testid=\"staff-purpose\"").doesNotContain(word);
		assertThat(staff.get("/api/v1/projects/" + project + "?purpose=SUPPORT_REQUEST").status()).isEqualTo(200);
		assertThat(jdbc.sql("select purpose from projects.staff_views where project_id = ? and viewer_id = ?")
			.params(project, support.id()).query(String.class).list()).containsExactly("SUPPORT_REQUEST");
		outbox.await(invited.email(), "invited");
	}

	@Test
	void anEmployerInvitesAFreelancerFromTheirProfileToAnOpenProject() {
		Person employer = market.verified("EMPLOYER");
		UUID project = market.published(market.as(employer), Map.of("visibility", "INVITED"));
		Person freelancer = people.verified("FREELANCER");
		com.alujrat.testing.Browserless browser = new com.alujrat.testing.Browserless(port);
		browser.submit("/login", Map.of("email", employer.email(), "password", com.alujrat.testing.People.PASSWORD));

		assertThat(browser.get("/freelancers/" + freelancer.id()).body()).contains("/projects?invite=" + freelancer.id());
		var invited = browser.submit("/projects?invite=" + freelancer.id(), "/projects/" + project + "/invitations",
				Map.of("freelancerId", freelancer.id().toString(), "from", "project"));

		assertThat(invited.headers().firstValue("Location").orElse("")).endsWith("/projects/" + project + "?invited");
		assertThat(new Api(port).bearer(people.token(freelancer)).get("/api/v1/projects/" + project).status()).isEqualTo(200);
	}

	@Test
	void onlyAnIdentityVerifiedEmployerPublishesAndADraftIsPublishedOnce() {
		Api unverified = new Api(port).bearer(people.token(people.verified("EMPLOYER")));
		UUID draft = market.draft(unverified, Map.of());
		Api verified = market.as(market.verified("EMPLOYER"));
		UUID own = market.draft(verified, Map.of());

		assertThat(unverified.post("/api/v1/projects/" + draft + "/publish", Map.of()).status()).isEqualTo(403);
		assertThat(verified.post("/api/v1/projects/" + own + "/publish", Map.of()).status()).isEqualTo(200);
		assertThat(verified.post("/api/v1/projects/" + own + "/publish", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aFreelancerCannotPostAndBadFieldsAreNamed() {
		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		Api employer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		assertThat(freelancer.post("/api/v1/projects", Marketplace.project(Map.of())).status()).isEqualTo(403);
		assertThat(employer.post("/api/v1/projects", Marketplace.project(Map.of("skills", List.of()))).hasFieldError("skills")).isTrue();
		assertThat(employer.post("/api/v1/projects", Marketplace.project(Map.of("budgetMax", 100))).hasFieldError("budgetMax")).isTrue();
		assertThat(employer.post("/api/v1/projects", Marketplace.project(Map.of("location", Map.of("mode", "ONSITE"))))
			.hasFieldError("location.city")).isTrue();
		assertThat(employer.post("/api/v1/projects", Marketplace.project(Map.of("budgetType", "WEEKLY"))).hasFieldError("budgetType")).isTrue();
	}

	@Test
	void everyProjectAndBidStepBySomeoneWhoDoesNotOwnItIsNotFound() {
		Api owner = market.as(market.verified("EMPLOYER"));
		UUID project = market.published(owner, Map.of());
		Api bidderApi = market.as(market.verified("FREELANCER"));
		UUID bid = market.bid(bidderApi, project, 6_000_000);
		Api otherEmployer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));
		Api otherFreelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));

		for (Api stranger : List.of(otherEmployer, otherFreelancer, bidderApi)) {
			assertThat(stranger.put("/api/v1/projects/" + project, Marketplace.project(Map.of())).status()).isEqualTo(404);
			for (String step : List.of("publish", "close", "reopen")) {
				assertThat(stranger.post("/api/v1/projects/" + project + "/" + step, Map.of()).status()).isEqualTo(404);
			}
			assertThat(stranger.post("/api/v1/projects/" + project + "/invitations", Map.of("freelancerId", UUID.randomUUID()))
				.status()).isEqualTo(404);
			assertThat(stranger.get("/api/v1/projects/" + project + "/bids").status()).isEqualTo(404);
			assertThat(stranger.post("/api/v1/bids/" + bid + "/shortlist", Map.of()).status()).isEqualTo(404);
			assertThat(stranger.post("/api/v1/bids/" + bid + "/decline", Map.of()).status()).isEqualTo(404);
		}
		Api.Response file = bidderApi.multipart("/api/v1/bids/" + bid + "/attachments", Map.of(),
				Map.of("file", "%PDF-1.4\n%%EOF\n".getBytes()));
		assertThat(file.status()).isEqualTo(201);
		String fileUrl = "/bids/" + bid + "/attachments/" + file.text("id");
		assertThat(owner.get(fileUrl).status()).isEqualTo(200);
		for (Api stranger : List.of(otherEmployer, otherFreelancer)) {
			assertThat(stranger.get(fileUrl).status()).isEqualTo(404);
			assertThat(stranger.multipart("/api/v1/bids/" + bid + "/attachments", Map.of(),
					Map.of("file", "%PDF-1.4\n".getBytes())).status()).isEqualTo(404);
		}
		for (Api stranger : List.of(otherEmployer, otherFreelancer, owner)) {
			assertThat(stranger.put("/api/v1/bids/" + bid, Marketplace.bid(1_000)).status()).isEqualTo(404);
			assertThat(stranger.delete("/api/v1/bids/" + bid).status()).isEqualTo(404);
		}
		assertThat(owner.get("/api/v1/projects/" + project + "/bids").json().get("items").get(0).get("id").asString())
			.isEqualTo(bid.toString());
	}

	@Test
	void aFreelancerBidsOnceOnlyOnOpenProjectsWithinThePlansQuotaAndAClosedProjectGivesTheBidBack() {
		Api owner = market.as(market.verified("EMPLOYER"));
		Api freelancer = market.as(market.verified("FREELANCER"));
		JsonNode granted = freelancer.get("/api/v1/me/subscription").json().get("entitlements");
		int quota = granted.get("bidQuota").asInt();
		assertThat(quota).isEqualTo(10);
		assertThat(granted.get("remainingBids").asInt()).isEqualTo(quota);
		List<UUID> projects = new ArrayList<>();
		for (int i = 0; i <= quota; i++) {
			projects.add(market.published(owner, Map.of()));
		}
		UUID first = projects.get(0);
		market.bid(freelancer, first, 5_000_000);

		assertThat(freelancer.post("/api/v1/projects/" + first + "/bids", Marketplace.bid(5_000_000)).status()).isEqualTo(409);
		for (int i = 1; i < quota; i++) {
			market.bid(freelancer, projects.get(i), 5_000_000);
		}
		assertThat(freelancer.get("/api/v1/me/subscription").json().get("entitlements").get("remainingBids").asInt())
			.isZero();
		Api.Response overQuota = freelancer.post("/api/v1/projects/" + projects.get(quota) + "/bids", Marketplace.bid(5_000_000));
		assertThat(overQuota.status()).isEqualTo(400);
		assertThat(overQuota.hasFieldError("quota")).isTrue();

		assertThat(owner.post("/api/v1/projects/" + first + "/close", Map.of()).status()).isEqualTo(200);
		assertThat(freelancer.post("/api/v1/projects/" + first + "/bids", Marketplace.bid(5_000_000)).status()).isEqualTo(409);
		market.bid(freelancer, projects.get(quota), 5_000_000);
		assertThat(freelancer.get("/api/v1/me/bids").json().get("items").size()).isEqualTo(quota + 1);
	}

	@Test
	void anUnverifiedFreelancerCannotBidAndAnEmployerCannotBidAtAll() {
		Api owner = market.as(market.verified("EMPLOYER"));
		UUID project = market.published(owner, Map.of());
		Api unverified = new Api(port).bearer(people.token(people.verified("FREELANCER")));

		assertThat(unverified.post("/api/v1/projects/" + project + "/bids", Marketplace.bid(5_000_000)).status()).isEqualTo(403);
		assertThat(owner.post("/api/v1/projects/" + project + "/bids", Marketplace.bid(5_000_000)).status()).isEqualTo(403);
	}

	@Test
	void aDeclinedBidIsToldAndCanNoLongerChange() {
		Api owner = market.as(market.verified("EMPLOYER"));
		UUID project = market.published(owner, Map.of());
		Person bidder = market.verified("FREELANCER");
		Api bidderApi = market.as(bidder);
		UUID bid = market.bid(bidderApi, project, 5_000_000);

		assertThat(owner.post("/api/v1/bids/" + bid + "/shortlist", Map.of()).status()).isEqualTo(204);
		assertThat(bidderApi.put("/api/v1/bids/" + bid, Marketplace.bid(4_500_000)).status()).isEqualTo(204);
		assertThat(owner.post("/api/v1/bids/" + bid + "/decline", Map.of()).status()).isEqualTo(204);

		assertThat(bidderApi.put("/api/v1/bids/" + bid, Marketplace.bid(4_000_000)).status()).isEqualTo(409);
		assertThat(bidderApi.delete("/api/v1/bids/" + bid).status()).isEqualTo(409);
		outbox.await(bidder.email(), "declined");
	}

	@Test
	void searchStemsEnglishFindsUrduFiltersAndPagesWithoutRepeats() {
		Api owner = market.as(market.verified("EMPLOYER"));
		String tag = unique();
		UUID english = market.published(owner, Map.of("title", "Designing websites for " + tag, "budgetMax", 9_000_000));
		UUID urdu = market.published(owner, Map.of("title", "اردو ترجمہ درکار ہے " + tag, "category", "writing",
				"skills", List.of("urdu-english-translation"), "budgetType", "HOURLY", "budgetMin", 100_000, "budgetMax", 200_000,
				"location", Map.of("mode", "ONSITE", "city", "Karachi", "area", "Clifton")));
		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));

		assertThat(ids(freelancer.get("/api/v1/projects?q=designed%20website%20" + tag))).containsExactly(english.toString());
		assertThat(ids(freelancer.get("/api/v1/projects?q=ترجمہ%20" + tag))).containsExactly(urdu.toString());
		assertThat(ids(freelancer.get("/api/v1/projects?q=" + tag + "&category=writing&mode=ONSITE&city=karachi&budgetType=HOURLY")))
			.containsExactly(urdu.toString());
		assertThat(ids(freelancer.get("/api/v1/projects?q=" + tag + "&skills=urdu-english-translation"))).containsExactly(urdu.toString());
		assertThat(ids(freelancer.get("/api/v1/projects?q=" + tag + "&budgetMin=5000000"))).containsExactly(english.toString());
		assertThat(ids(freelancer.get("/api/v1/projects?q=" + tag + "&sort=budget"))).containsExactly(english.toString(), urdu.toString());
		assertThat(ids(freelancer.get("/api/v1/projects?q=" + tag + "&sort=newest"))).containsExactly(urdu.toString(), english.toString());

		List<String> paged = new ArrayList<>();
		String next = null;
		for (int page = 0; page < 3; page++) {
			JsonNode body = freelancer.get("/api/v1/projects?q=" + tag + "&limit=1" + (next == null ? "" : "&after=" + next)).json();
			body.get("items").forEach(item -> paged.add(item.get("id").asString()));
			next = body.get("next").isNull() ? null : java.net.URLEncoder.encode(body.get("next").asString(), java.nio.charset.StandardCharsets.UTF_8);
			if (next == null) {
				break;
			}
		}
		assertThat(paged).containsExactlyInAnyOrder(english.toString(), urdu.toString());
	}

	@Test
	void aMalformedCursorOrFilterIsA400NamingTheField() {
		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));

		for (String query : List.of("after=garbage", "after=newest~x~y", "budgetType=DAILY", "mode=MOON", "postedWithin=0",
				"budgetMin=-5", "skills=nothing", "category=nothing", "sort=random")) {
			String field = query.substring(0, query.indexOf('='));
			Api.Response response = freelancer.get("/api/v1/projects?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.hasFieldError(field)).as(query).isTrue();
		}
		assertThat(freelancer.get("/api/v1/projects?sort=relevance&after=newest~2026-01-01T00:00:00Z~" + UUID.randomUUID()
				+ "&q=x").hasFieldError("after")).isTrue();
	}

	@Test
	void attachmentsAreCheckedByContentAndReadOnlyByThoseWhoSeeTheProject() throws Exception {
		Api owner = market.as(market.verified("EMPLOYER"));
		UUID project = market.published(owner, Map.of());
		String path = "/api/v1/projects/" + project + "/attachments";
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();

		assertThat(owner.multipart(path, Map.of(), Map.of("file", "not a pdf at all".getBytes())).hasFieldError("file")).isTrue();
		assertThat(owner.multipart(path, Map.of(), Map.of("file", office("word/vbaProject.bin"))).hasFieldError("file")).isTrue();
		assertThat(owner.multipart(path, Map.of(), Map.of("file", office("word/document.xml"))).status()).isEqualTo(201);
		Api.Response added = owner.multipart(path, Map.of(), Map.of("file", pdf));
		assertThat(added.status()).isEqualTo(201);
		Api otherEmployer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));
		assertThat(otherEmployer.multipart(path, Map.of(), Map.of("file", pdf)).status()).isEqualTo(404);

		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		JsonNode files = freelancer.get("/api/v1/projects/" + project).json().get("attachments");
		assertThat(files.size()).isEqualTo(2);
		String url = files.get(1).get("url").asString();
		Api.Response download = freelancer.get(url);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("application/pdf");
		assertThat(otherEmployer.get(url).status()).isEqualTo(404);
	}

	/** A minimal Office Open XML file holding the given part besides its table of contents. */
	private static byte[] office(String part) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			for (String name : new java.util.LinkedHashSet<>(List.of("[Content_Types].xml", "word/document.xml", part))) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
				zip.write("<x/>".getBytes());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void aSavedSearchCountsTheProjectsPostedSinceItWasLastOpened() {
		Api owner = market.as(market.verified("EMPLOYER"));
		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		String word = unique();
		assertThat(freelancer.post("/api/v1/me/saved-searches", Map.of("name", "Bad", "query", "budgetType=WEEKLY"))
			.hasFieldError("budgetType")).isTrue();
		String id = freelancer.post("/api/v1/me/saved-searches", Map.of("name", "Stores", "query", "q=" + word)).text("id");
		market.published(owner, Map.of("title", "First store for " + word));
		market.published(owner, Map.of("title", "Second store for " + word));

		assertThat(freelancer.get("/api/v1/me/saved-searches").json().get("items").get(0).get("newMatches").asInt()).isEqualTo(2);
		Api other = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		assertThat(other.post("/api/v1/me/saved-searches/" + id + "/open", Map.of()).status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/me/saved-searches/" + id).status()).isEqualTo(404);
		assertThat(freelancer.post("/api/v1/me/saved-searches/" + id + "/open", Map.of()).text("query")).isEqualTo("q=" + word + "&sort=relevance");
		assertThat(freelancer.get("/api/v1/me/saved-searches").json().get("items").get(0).get("newMatches").asInt()).isZero();
		assertThat(owner.get("/api/v1/me/saved-searches").status()).isEqualTo(403);
	}

	@Test
	void bestMatchesFollowTheFreelancersSkillsAndLeaveOutOnSiteWorkInOtherCities() {
		Api owner = market.as(market.verified("EMPLOYER"));
		Api freelancer = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		assertThat(freelancer.put("/api/v1/me/profile", Map.of("headline", "Shopify developer", "bio", "Stores for brands.",
				"skills", List.of("shopify"), "languages", List.of("Urdu"), "availability", "AVAILABLE", "city", "Lahore",
				"area", "")).status()).isEqualTo(200);
		UUID remote = market.published(owner, Map.of("skills", List.of("shopify", "javascript")));
		UUID karachi = market.published(owner, Map.of("location", Map.of("mode", "ONSITE", "city", "Karachi", "area", "")));
		UUID lahore = market.published(owner, Map.of("location", Map.of("mode", "ONSITE", "city", "Lahore", "area", "")));
		UUID writing = market.published(owner, Map.of("category", "writing", "skills", List.of("proofreading")));

		List<String> matches = ids(freelancer.get("/api/v1/me/best-matches"));

		assertThat(matches).contains(remote.toString(), lahore.toString()).doesNotContain(karachi.toString(), writing.toString());
		assertThat(matches.indexOf(lahore.toString())).isLessThan(matches.indexOf(remote.toString()));
	}

	@Test
	void anOpenProjectPastItsDateExpiresAndItsEmployerIsToldAndMayReopenIt(
			@org.springframework.beans.factory.annotation.Autowired com.alujrat.projects.internal.Postings postings) {
		Person employer = market.verified("EMPLOYER");
		Api owner = market.as(employer);
		UUID project = market.published(owner, Map.of());
		jdbc.sql("update projects.projects set expires_at = now() - interval '1 minute' where id = ?").param(project).update();

		postings.expireDue();

		assertThat(owner.get("/api/v1/projects/" + project).json().get("status").asString()).isEqualTo("EXPIRED");
		outbox.await(employer.email(), "expired");
		assertThat(owner.post("/api/v1/projects/" + project + "/reopen", Map.of()).json().get("status").asString())
			.isEqualTo("OPEN");
	}

	private static List<String> ids(Api.Response response) {
		List<String> ids = new ArrayList<>();
		response.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static String unique() {
		return "zx" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36).replaceAll("[0-9]", "q");
	}
}
