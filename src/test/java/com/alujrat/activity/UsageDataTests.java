package com.alujrat.activity;

import java.time.Duration;
import java.util.Map;

import com.alujrat.accounts.StaffRole;
import com.alujrat.activity.internal.UsageLog;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UsageDataTests extends PlatformTestSupport {

	private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

	@Autowired
	UsageLog usage;

	private long rows(String ip, String purpose) {
		usage.flush();
		return jdbc.sql("select count(*) from activity.requests where ip = ? and purpose = ?")
			.params(ip, purpose)
			.query(Long.class)
			.single();
	}

	@Test
	void aVisitorWithoutAnalyticsConsentLeavesNoPageViewsAndWithItTheyDoParsedAndWithoutSecrets() {
		Browserless declined = new Browserless(port).userAgent(PHONE);
		declined.submit("/cookies", "/cookies/consent", Map.of("choice", "necessary"));
		declined.get("/help");
		declined.get("/freelancers?q=logo");
		assertThat(rows(declined.ip(), "ANALYTICS")).isZero();

		Browserless silent = new Browserless(port).userAgent(PHONE);
		silent.get("/help");
		assertThat(rows(silent.ip(), "ANALYTICS")).as("no answer is no consent").isZero();

		Browserless consented = new Browserless(port).userAgent(PHONE);
		consented.submit("/cookies", "/cookies/consent", Map.of("choice", "all"));
		consented.get("/help");
		consented.get("/unsubscribe?token=secret-value&from=mail");
		assertThat(rows(consented.ip(), "ANALYTICS")).isGreaterThanOrEqualTo(2);
		Map<String, Object> help = jdbc.sql("""
				select browser, os, device, status, visitor_id from activity.requests
				where ip = ? and path = '/help'""").param(consented.ip()).query().singleRow();
		assertThat(help).containsEntry("browser", "Chrome").containsEntry("os", "Android")
			.containsEntry("device", "Phone").containsEntry("status", 200);
		assertThat(help.get("visitor_id")).isNotNull();
		assertThat(jdbc.sql("select path from activity.requests where ip = ? and path like '/unsubscribe%'")
			.param(consented.ip()).query(String.class).single()).isEqualTo("/unsubscribe?from=mail");
	}

	@Test
	void signInsAreKeptForSecurityWithoutConsentButOtherActionsOnlyWithIt() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person declined = market.verified("EMPLOYER");
		Api declinedApi = market.as(declined);
		market.published(declinedApi, Map.of());
		Person consented = market.verified("EMPLOYER");
		Api consentedApi = market.as(consented);
		consentedApi.put("/api/v1/me/consent", Map.of("analytics", true));
		market.published(consentedApi, Map.of());

		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", declined.email(), "password", People.PASSWORD));
		assertThat(rows(browser.ip(), "SECURITY")).isEqualTo(1);
		assertThat(rows(browser.ip(), "ANALYTICS")).isZero();

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> kinds(consented).contains("PROJECT_POSTED"));
		assertThat(kinds(consented)).contains("SIGN_IN");
		assertThat(kinds(declined)).contains("SIGN_IN").doesNotContain("PROJECT_POSTED", "SIGN_UP");
		usage.flush();
		assertThat(jdbc.sql("select count(*) from activity.requests where user_id = ? and purpose = 'ANALYTICS'")
			.param(declined.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from activity.requests where user_id = ? and purpose = 'ANALYTICS'")
			.param(consented.id()).query(Long.class).single()).isPositive();
	}

	private java.util.List<String> kinds(Person person) {
		return jdbc.sql("select kind from activity.actions where user_id = ?").param(person.id()).query(String.class).list();
	}

	@Test
	void theDashboardIsForAdminsOnlyAndCountsTheDaysWork() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Api employer = market.as(market.verified("EMPLOYER"));
		market.published(employer, Map.of());
		Api admin = new Api(port).bearer(people.token(people.staff(StaffRole.ADMIN)));
		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));

		assertThat(support.get("/api/v1/staff/analytics").status()).isEqualTo(403);
		assertThat(employer.get("/api/v1/staff/analytics").status()).isEqualTo(403);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			var figures = admin.get("/api/v1/staff/analytics").json();
			var projects = figures.path("daily").path("projects");
			return projects.get(projects.size() - 1).asLong() > 0 && figures.path("topCategories").size() > 0
					&& figures.path("funnel").path("identityVerified").asLong() > 0;
		});
		Api.Download csv = admin.download("/staff/analytics.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(new String(csv.bytes())).startsWith("day,activeUsers,signups.EMPLOYER");
		assertThat(admin.get("/api/v1/staff/analytics?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
	}
}
