package com.alujrat.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import com.alujrat.accounts.StaffRole;
import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.payments.internal.Wallets;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.Payments;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, in English and Urdu, signed out and signed in, on a 390 × 844 phone in Chromium: no WCAG 2.2 AA
 * violation that axe-core finds, no sideways scrolling, a header of one row, and every page reachable from the
 * folded menu. The list of pages grows with every new page. The home page also stays within its byte budget.
 */
@IntegrationTest
class PagesForEveryoneBrowserTests extends PlatformTestSupport {

	@Autowired
	Wallets wallets;

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final List<String> VISITOR_PAGES = List.of("/", "/login", "/signup", "/password-reset", "/privacy",
			"/terms", "/refund-policy", "/contact", "/cookies", "/offline", "/password-reset/no-such-token",
			"/guardian-consent/no-such-token", "/verify-email/no-such-token", "/dev/outbox", "/plans", "/help",
			"/unsubscribe?token=no-such-token", "/service-providers", "/policies/privacy/versions");

	private static final List<String> FREELANCER_PAGES = List.of("/dashboard", "/profile", "/profile/preview?as=PUBLIC",
			"/account/security", "/account/verification", "/projects/matches", "/projects/saved", "/services",
			"/services/new", "/wallet", "/wallet/payouts", "/plans", "/notifications", "/account/notifications", "/messages",
			"/messages?archived=true", "/support/tickets", "/account/data", "/account/access-log", "/account/close");

	private static final List<String> EMPLOYER_PAGES = List.of("/dashboard", "/profile", "/freelancers", "/wallet", "/plans");

	private static final List<String> STAFF_PAGES = List.of("/staff/users", "/staff/verifications", "/staff/disputes",
			"/staff/payments/payouts", "/staff/payments/refunds", "/staff/payments/reconciliation", "/staff/plans",
			"/staff/moderation", "/staff/support", "/staff/support?queue=LEGAL", "/staff/campaigns", "/staff/closures",
			"/staff/minors", "/staff/legal", "/staff/legal/disclosures", "/staff/legal/notices", "/staff/policies",
			"/staff/analytics");

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@Test
	void visitorPagesHaveNoAccessibilityViolationsAndFitAPhone() {
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ur")) {
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				VISITOR_PAGES.forEach(path -> check(page, path, language, problems));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void signedInPagesHaveNoAccessibilityViolationsAndFitAPhone() {
		Person freelancer = people.verified("FREELANCER");
		Person employer = people.verified("EMPLOYER");
		String someone = "/freelancers/" + freelancer.id();
		String service = new Marketplace(port, people, outbox, jdbc).service();
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ur")) {
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				signIn(page, freelancer.email(), null);
				FREELANCER_PAGES.forEach(path -> check(page, path, language, problems));
			}
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				signIn(page, employer.email(), null);
				EMPLOYER_PAGES.forEach(path -> check(page, path, language, problems));
				check(page, someone, language, problems);
				check(page, "/services/" + service, language, problems);
			}
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				signIn(page, freelancer.email(), null);
				check(page, "/employers/" + employer.id(), language, problems);
			}
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				Person unverified = people.unverified("FREELANCER");
				signIn(page, unverified.email(), null);
				check(page, "/verify-email", language, problems);
				check(page, outbox.await(unverified.email(), "Verify").linkPath(), language, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void staffPagesHaveNoAccessibilityViolationsAndFitAPhone() {
		Person staff = people.staff(StaffRole.ADMIN, StaffRole.VERIFIER, StaffRole.SUPPORT, StaffRole.FINANCE,
				StaffRole.LEGAL);
		String ticket = new com.alujrat.testing.Api(port).post("/api/v1/support/tickets", Map.of("email", People.newEmail(),
				"category", "PAYMENTS", "subject", "Refund", "body", "Where is my refund?")).text("id");
		String campaign = new com.alujrat.testing.Api(port).bearer(people.token(staff)).post("/api/v1/staff/campaigns",
				Map.of("subjectEn", "Eid offer", "bodyEn", "Half the fee.", "subjectUr", "عید کی پیشکش", "bodyUr", "آدھی فیس۔"))
			.text("id");
		String dispute = new Marketplace(port, people, outbox, jdbc).dispute(new Payments(port, sandbox, checkouts));
		Person freelancer = people.verified("FREELANCER");
		String notice = new com.alujrat.testing.Api(port).bearer(people.token(staff)).post("/api/v1/staff/notices",
				Map.of("kind", "MERGER", "titleEn", "Al Ujrat merges", "bodyEn", "Nothing changes for you yet.", "titleUr",
						"العجرت کا انضمام", "bodyUr", "ابھی آپ کے لیے کچھ نہیں بدلتا۔"))
			.text("id");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ur")) {
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				signIn(page, staff.email(), null);
				check(page, "/login/two-factor", language, problems);
				page.locator("#code").fill(people.secondFactor(staff));
				page.locator("form[action='/login/two-factor'] button[type=submit]").click();
				STAFF_PAGES.forEach(path -> check(page, path, language, problems));
				check(page, "/staff/disputes/" + dispute, language, problems);
				check(page, "/staff/support/" + ticket, language, problems);
				check(page, "/staff/conversations?contract=" + jdbc.sql("select contract_id from contracts.disputes where id = ?")
					.param(UUID.fromString(dispute)).query(String.class).single(), language, problems);
				check(page, "/staff/campaigns/" + campaign, language, problems);
				check(page, "/staff/closures?email=" + freelancer.email(), language, problems);
				check(page, "/notices/" + notice, language, problems);
				// An admin sees the purpose form on a profile before seeing all of it.
				check(page, "/freelancers/" + freelancer.id(), language, problems);
				check(page, "/freelancers/" + freelancer.id() + "?purpose=SUPPORT_REQUEST", language, problems);
			}
			try (BrowserContext context = chromium.newContext("en-US")) {
				Page page = context.newPage();
				signIn(page, people.staffWithoutTwoFactor(StaffRole.ADMIN).email(), null);
				// Refused until two-factor is on, with a page that sends to enrolment.
				check(page, "/staff/users", language, problems, 403);
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The marketplace in both languages: an employer posts a project, a freelancer finds it by typing in the search
	 * and bids, the employer sends an offer, the freelancer accepts, and both then see each other's full names.
	 * Every page on the way passes the same checks as the others.
	 */
	@Test
	void anEmployerHiresAFreelancerFoundBySearchInBothLanguagesOnPagesThatPassTheChecks() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person employer = market.verified("EMPLOYER");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ur")) {
			// Someone new each time: after the first hire the two are linked and see full names from the start.
			Person freelancer = market.verified("FREELANCER");
			String word = Marketplace.uniqueWord();
			try (BrowserContext employerContext = chromium.newContext("en-US");
					BrowserContext freelancerContext = chromium.newContext("en-US")) {
				Page boss = employerContext.newPage();
				signIn(boss, employer.email(), null);
				declineOptionalCookies(boss);
				check(boss, "/projects", language, problems);
				check(boss, "/projects/new", language, problems);
				boss.locator("#title").fill("Shopify store for " + word + " lawn suits");
				boss.locator("#description").fill("We sell lawn suits in Lahore and need a store with JazzCash checkout.");
				boss.locator("#category").selectOption("software");
				boss.locator("#skills").selectOption(new String[] { "shopify", "javascript" });
				boss.locator("#budgetMin").fill("50000");
				boss.locator("#budgetMax").fill("80000");
				boss.getByTestId("save-project").click();
				boss.getByTestId("publish").click();
				assertThat(boss.getByTestId("project-status").textContent()).isNotBlank();
				String project = boss.url().replaceAll(".*/projects/([0-9a-f-]{36}).*", "$1");
				check(boss, "/projects/" + project, language, problems);

				Page hand = freelancerContext.newPage();
				signIn(hand, freelancer.email(), null);
				declineOptionalCookies(hand);
				check(hand, "/projects", language, problems);
				hand.locator("#q").fill(word);
				hand.waitForCondition(() -> hand.url().contains("q=" + word),
						new Page.WaitForConditionOptions().setTimeout(10_000));
				Locator found = hand.getByTestId("project-item").filter(new Locator.FilterOptions().setHasText(word));
				found.first().waitFor();
				assertThat(hand.getByTestId("project-item").count()).as("only the project searched for").isEqualTo(1);
				found.locator("a").first().click();
				hand.locator("#amount").fill("60000");
				hand.locator("#deliveryDays").fill("14");
				hand.locator("#coverLetter").fill("I have built twelve Shopify stores for Pakistani brands.");
				hand.getByTestId("place-bid").click();
				hand.getByTestId("bid-saved").waitFor();
				check(hand, "/projects/" + project, language, problems);
				check(hand, "/bids", language, problems);

				boss.navigate(url("/projects/" + project));
				assertThat(boss.getByTestId("bidder-name").textContent()).isEqualTo("Ayesha K.");
				boss.getByTestId("make-offer").click();
				check(boss, boss.url().replace(url(""), "").replaceAll("\\?.*", ""), language, problems);
				boss.locator("#terms").fill("The whole store, tested on Android phones.");
				boss.locator("#title-0").fill("The store, live");
				boss.getByTestId("send-offer").click();
				boss.getByTestId("offer-status").waitFor();
				String offer = boss.url().replaceAll(".*/offers/([0-9a-f-]{36}).*", "$1");
				check(boss, "/offers/" + offer, language, problems);

				check(hand, "/contracts", language, problems);
				hand.navigate(url("/offers/" + offer));
				hand.getByTestId("accept-offer").click();
				hand.getByTestId("contract-status").waitFor();
				String contract = hand.url().replace(url(""), "").replaceAll("\\?.*", "");
				check(hand, contract, language, problems);
				assertThat(hand.getByTestId("employer-name").textContent()).isEqualTo("Ayesha Khan");
				boss.navigate(url(contract));
				assertThat(boss.getByTestId("freelancer-name").textContent()).isEqualTo("Ayesha Khan");

				// Both agree to end early; each may then review the other.
				boss.locator("form[action$='/end'] button").click();
				hand.navigate(url(contract));
				hand.locator("form[action$='/end'] button").click();
				hand.getByTestId("review-link").click();
				check(hand, contract + "/review", language, problems);
				hand.locator("#rating-5").check();
				hand.locator("#text").fill("Clear brief and kind feedback.");
				hand.getByTestId("send-review").click();
				hand.getByTestId("review-written").waitFor();
				check(hand, "/users/" + employer.id() + "/reviews", language, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Messages arrive live: an employer writes to a bidder from the project page, each in their own browser; what one
	 * sends shows on the other's open page without a reload, contact details hidden before a hire. The pages pass the
	 * checks in both languages.
	 */
	@Test
	void twoUsersChatAndSeeEachOthersMessagesArriveWithoutReloading() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person employer = market.verified("EMPLOYER");
		Person freelancer = market.verified("FREELANCER");
		UUID project = market.published(market.as(employer), Map.of());
		market.bid(market.as(freelancer), project, 5_000_000);
		List<String> problems = new ArrayList<>();
		try (BrowserContext employerContext = chromium.newContext("en-US");
				BrowserContext freelancerContext = chromium.newContext("en-US")) {
			Page boss = employerContext.newPage();
			signIn(boss, employer.email(), null);
			declineOptionalCookies(boss);
			boss.navigate(url("/projects/" + project));
			boss.getByTestId("message-bidder").click();
			boss.getByTestId("composer").waitFor();
			String conversation = boss.url().replace(url(""), "").replaceAll("\\?.*", "");

			Page hand = freelancerContext.newPage();
			signIn(hand, freelancer.email(), null);
			declineOptionalCookies(hand);
			hand.navigate(url(conversation));
			hand.getByTestId("composer").waitFor();
			// Let both pages open their live streams before anything is sent.
			hand.waitForTimeout(1500);

			boss.getByTestId("message-input").fill("Salaam! Can you start on Monday?");
			boss.getByTestId("send").click();
			hand.getByTestId("message-body").filter(new Locator.FilterOptions().setHasText("start on Monday"))
				.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
			assertThat(hand.url()).endsWith(conversation);

			hand.getByTestId("message-input").fill("Yes. Call me on 0300 1234567.");
			hand.getByTestId("send").click();
			hand.getByTestId("masked-warning").waitFor();
			Locator arrived = boss.getByTestId("message-body").filter(new Locator.FilterOptions().setHasText("Yes."));
			arrived.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
			assertThat(arrived.textContent()).doesNotContain("1234567").contains("•••");
			boss.getByTestId("seen").first().waitFor(new Locator.WaitForOptions().setTimeout(5_000));

			for (String language : List.of("en", "ur")) {
				check(boss, conversation, language, problems);
				check(hand, "/messages", language, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	/** A visitor writes in from the contact page; SUPPORT answers; the visitor reads the answer through the mailed link. */
	@Test
	void aVisitorOpensATicketAndGetsTheReplyByMail() {
		String email = People.newEmail();
		List<String> problems = new ArrayList<>();
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			page.navigate(url("/contact"));
			declineOptionalCookies(page);
			page.getByTestId("send-ticket").click();
			assertThat(page.locator("[data-field-error=subject]").textContent()).isNotBlank();
			check(page, "/contact", "ur", problems);
			page.navigate(url("/contact?lang=en"));
			page.locator("#email").fill(email);
			page.locator("#category").selectOption("PAYMENTS");
			page.locator("#subject").fill("My payment is stuck");
			page.locator("#body").fill("I paid with JazzCash an hour ago and the milestone is not funded.");
			page.getByTestId("send-ticket").click();
			assertThat(page.getByTestId("ticket-sent").textContent()).contains("T-").contains(email);

			String ticket = jdbc.sql("select id from support.tickets where email = ?").param(email).query(String.class).single();
			com.alujrat.testing.Api support = new com.alujrat.testing.Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
			assertThat(support.post("/api/v1/staff/support/tickets/" + ticket + "/replies",
					Map.of("body", "It is funded now: the gateway was slow.")).status()).isEqualTo(201);
			String mail = outbox.await(email, "Support replied").text();
			java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+token=\\S+").matcher(mail);
			assertThat(link.find()).isTrue();
			String path = link.group().replaceFirst("https?://[^/]+", "");
			page.navigate(url(path));
			assertThat(page.getByTestId("ticket-thread").textContent()).contains("gateway was slow");
			for (String language : List.of("en", "ur")) {
				check(page, path, language, problems);
			}
			page.navigate(url(path));
			page.locator("#body").fill("Thank you!");
			page.getByTestId("reply").click();
			assertThat(page.getByTestId("ticket-thread").textContent()).contains("Thank you!");
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Money in both languages: the employer funds a milestone through the sandbox gateway's page, the freelancer
	 * submits, the employer approves, the freelancer's wallet shows it pending and, once the clearance period has
	 * passed (the clock moved), available; the freelancer asks for a payout and FINANCE pays it.
	 */
	@Test
	void anEmployerFundsAMilestoneAndTheFreelancerIsPaidOutInBothLanguagesOnPagesThatPassTheChecks() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person employer = market.verified("EMPLOYER");
		Person finance = people.staff(StaffRole.FINANCE);
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ur")) {
			Person freelancer = market.verified("FREELANCER");
			Marketplace.Contract contract = market.contract(market.as(employer), market.as(freelancer), 2_000_000);
			String contractPage = "/contracts/" + contract.id();
			try (BrowserContext employerContext = chromium.newContext("en-US");
					BrowserContext freelancerContext = chromium.newContext("en-US");
					BrowserContext financeContext = chromium.newContext("en-US")) {
				Page boss = employerContext.newPage();
				signIn(boss, employer.email(), null);
				declineOptionalCookies(boss);
				check(boss, contractPage, language, problems);
				boss.getByTestId("fund-milestone").click();
				check(boss, boss.url().replace(url(""), "").replaceAll("&lang=.*", ""), language, problems);
				boss.getByTestId("pay").click();
				String sandbox = boss.url().replace(url(""), "");
				assertThat(sandbox).startsWith("/payments/sandbox/");
				check(boss, sandbox, language, problems);
				boss.getByTestId("sandbox-pay").click();
				boss.locator("[data-testid=checkout-status][data-status=PAID]").waitFor();
				String checkout = boss.url().replace(url(""), "").replaceAll("\\?.*", "");
				check(boss, checkout, language, problems);
				boss.getByTestId("receipt-link").click();
				boss.getByTestId("receipt-number").waitFor();
				check(boss, boss.url().replace(url(""), "").replaceAll("\\?.*", ""), language, problems);
				awaitMilestone(market, contract.milestones().get(0), "FUNDED");

				Page hand = freelancerContext.newPage();
				signIn(hand, freelancer.email(), null);
				declineOptionalCookies(hand);
				hand.navigate(url(contractPage));
				hand.locator("textarea[name=note]").fill("The store is live and tested.");
				hand.locator("form[action$='/submit'] button").click();
				boss.navigate(url(contractPage));
				boss.locator("form[action$='/approve'] button").click();
				awaitMilestone(market, contract.milestones().get(0), "APPROVED");
				hand.waitForCondition(() -> {
					hand.navigate(url("/wallet"));
					return hand.getByTestId("wallet-pending").textContent().contains("18");
				}, new Page.WaitForConditionOptions().setTimeout(10_000));
				check(hand, "/wallet", language, problems);
				wallets.clearDue(Instant.now().plus(Duration.ofDays(6)));
				hand.navigate(url("/wallet"));
				assertThat(hand.getByTestId("wallet-available").textContent()).contains("18");

				hand.getByTestId("to-payouts").click();
				hand.locator("#kind").selectOption("JAZZCASH");
				String title = "Ayesha Khan " + freelancer.id().toString().substring(0, 6);
				hand.locator("#accountTitle").fill(title);
				hand.locator("#number").fill("0300 1234567");
				hand.locator("#password").fill(People.PASSWORD);
				hand.getByTestId("add-method").click();
				hand.getByTestId("payout-method").waitFor();
				jdbc.sql("update payments.payout_methods set usable_from = now() - interval '1 minute' where user_id = ?")
					.param(freelancer.id()).update();
				hand.navigate(url("/wallet/payouts"));
				hand.locator("#amount").fill("15000");
				hand.getByTestId("request-payout").click();
				hand.getByTestId("payout").waitFor();
				check(hand, "/wallet/payouts", language, problems);

				Page staff = financeContext.newPage();
				signIn(staff, finance.email(), people.secondFactor(finance));
				declineOptionalCookies(staff);
				check(staff, "/staff/payments/payouts", language, problems);
				Locator mine = staff.getByTestId("staff-payout").filter(new Locator.FilterOptions().setHasText(title));
				mine.first().locator("input[name=reference]").fill("JC-" + language + "-4471");
				mine.first().getByTestId("approve-payout").click();
				staff.waitForURL("**/staff/payments/payouts?decided");
				hand.navigate(url("/wallet/payouts"));
				assertThat(hand.getByTestId("payout-status").first().textContent()).isNotBlank();
				assertThat(jdbc.sql("select status from payments.payouts where user_id = ?").param(freelancer.id())
					.query(String.class).single()).isEqualTo("PAID");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void awaitMilestone(Marketplace market, UUID milestone, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> status.equals(market.milestoneStatus(milestone)));
	}

	@Test
	void theHomePageStaysWithinItsByteBudgetOnAFirstAndARepeatVisit() {
		long english = firstAndRepeat("/", 100_000);
		long urdu = firstAndRepeat("/?lang=ur", 250_000);
		assertThat(english).isLessThan(urdu);
	}

	@Test
	void theKeyboardReachesTheSkipLinkFirstAndTheCookieBannerGivesFocusBack() {
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.evaluate("document.activeElement.id")).isEqualTo("cookie-banner");
			page.keyboard().press("Tab");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.value")).isEqualTo("necessary");
			page.keyboard().press("Enter");
			page.waitForCondition(() -> page.locator("#cookie-banner").count() == 0,
					new Page.WaitForConditionOptions().setTimeout(5000));
			assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");

			page.navigate(url("/login"));
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.className")).asString().contains("aj-skip");
			page.keyboard().press("Enter");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.closest('main') !== null")).isEqualTo(true);
		}
	}

	/**
	 * Bytes on the wire (CDP's encoded data length, headers included) of a first visit and then a repeat one. The
	 * service worker is blocked here so that every request is the page's own: its precache (the shared assets the
	 * page just loaded, from the HTTP cache, plus the offline page) adds a few kilobytes to a first visit at most.
	 */
	private long firstAndRepeat(String path, long firstBudget) {
		try (BrowserContext context = chromium.newContextWithoutServiceWorkers("en-US")) {
			Page page = context.newPage();
			AtomicLong bytes = new AtomicLong();
			CDPSession cdp = context.newCDPSession(page);
			cdp.send("Network.enable");
			cdp.on("Network.loadingFinished", event -> bytes.addAndGet(event.get("encodedDataLength").getAsLong()));
			page.navigate(url(path));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			long first = bytes.getAndSet(0);
			assertThat(first).as("first visit of %s in bytes", path).isPositive().isLessThanOrEqualTo(firstBudget);

			page.navigate(url(path));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(bytes.get()).as("repeat visit of %s in bytes", path).isLessThanOrEqualTo(10_000);
			return first;
		}
	}

	private void check(Page page, String path, String language, List<String> problems) {
		check(page, path, language, problems, 200);
	}

	/** The checks, and the page answers as expected: a success (2xx or 3xx) for 200, that very status otherwise. */
	private void check(Page page, String path, String language, List<String> problems, int expected) {
		String url = url(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		com.microsoft.playwright.Response response = page.navigate(url);
		String where = path + " [" + language + "]";
		int status = response == null ? 200 : response.status();
		if (expected == 200 ? status >= 400 && !path.contains("no-such-token") : status != expected) {
			problems.add(where + ": answered " + status);
		}
		AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
		if (results.getPasses().isEmpty()) {
			problems.add(where + ": axe checked nothing");
		}
		results.getViolations()
			.forEach(rule -> problems.add(where + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
					+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList()));
		if (!Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))) {
			problems.add(where + ": scrolls sideways on a phone");
		}
		Object header = page.evaluate("document.querySelector('.aj-header .container').getBoundingClientRect().height");
		if (((Number) header).doubleValue() > 64) {
			problems.add(where + ": the header takes more than one row (" + header + " px)");
		}
		if (page.getByTestId("menu-button").count() == 1) {
			page.getByTestId("menu-button").click();
			if (!page.getByTestId("language-switch").isVisible()) {
				problems.add(where + ": the folded menu does not open");
			}
			page.getByTestId("menu-button").click();
		}
	}

	/**
	 * Closing an account from settings signs its owner out everywhere at once: the other browser, the app's token,
	 * and the page says why.
	 */
	@Test
	void closingTheAccountFromSettingsSignsOutEverywhere() {
		Person person = people.verified("FREELANCER");
		com.alujrat.testing.Api app = new com.alujrat.testing.Api(port).bearer(people.token(person));
		try (BrowserContext laptop = chromium.newContext("en-US"); BrowserContext phone = chromium.newContext("en-US")) {
			Page other = phone.newPage();
			signIn(other, person.email(), null);
			Page page = laptop.newPage();
			signIn(page, person.email(), null);
			page.navigate(url("/account/security"));
			declineOptionalCookies(page);
			page.getByTestId("close-account-link").click();
			page.locator("#password").fill("not my password");
			page.getByTestId("close-account").click();
			assertThat(page.locator("[data-field-error=password]").textContent()).isNotBlank();
			page.locator("#password").fill(People.PASSWORD);
			page.locator("#reason").fill("Moving on");
			page.getByTestId("close-account").click();
			page.waitForURL(url -> url.contains("/login?closed"));
			assertThat(page.content()).contains("Your account is closed");

			other.navigate(url("/dashboard"));
			assertThat(other.url()).contains("/login");
			assertThat(app.get("/api/v1/me").status()).isEqualTo(401);
			page.getByLabel("Email").fill(person.email());
			page.getByLabel("Password").fill(People.PASSWORD);
			page.locator("form[action='/login'] button[type=submit]").click();
			assertThat(page.content()).contains("This account is closed");
		}
	}

	/** The cookie banner sits over the bottom of a phone's screen until answered, as a person would answer it. */
	private static void declineOptionalCookies(Page page) {
		if (page.getByTestId("cookie-banner").isVisible()) {
			page.locator("#cookie-banner button[value=necessary]").click();
			page.getByTestId("cookie-banner").waitFor(new Locator.WaitForOptions()
				.setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
		}
	}

	private void signIn(Page page, String email, String secondFactor) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(People.PASSWORD);
		page.locator("form[action='/login'] button[type=submit]").click();
		if (secondFactor != null) {
			page.locator("#code").fill(secondFactor);
			page.locator("form[action='/login/two-factor'] button[type=submit]").click();
		}
		page.waitForLoadState();
		assertThat(page.url()).as("signed in").doesNotEndWith("/login");
	}
}
