package com.alujrat.notifications;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.alujrat.testing.Api;
import com.alujrat.testing.People;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured, mail goes out over real SMTP (GreenMail here) and there is no development outbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "alujrat.events.retry-after=PT0S" })
@ActiveProfiles("test")
class SmtpMailTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Marketing marketing;

	@Autowired
	Notifications notifications;

	@Autowired
	com.alujrat.notifications.internal.Campaigns campaigns;

	@Autowired
	com.alujrat.platform.internal.EventRetries retries;

	/** A new account (signed up through the API) and its id. */
	private com.alujrat.shared.UserId signUp(String email) {
		assertThat(new Api(port).post("/api/v1/accounts", People.adult(email, "FREELANCER")).status()).isEqualTo(201);
		java.util.UUID id = jdbc.sql("select id from accounts.users where email = ?")
			.param(email)
			.query(java.util.UUID.class)
			.single();
		return new com.alujrat.shared.UserId(id);
	}

	/** As if the verification link had been followed (there is no outbox to read it from with SMTP on). */
	private void verifyEmail(com.alujrat.shared.UserId user) {
		jdbc.sql("update accounts.users set email_verified = true where id = ?").param(user.value()).update();
	}

	private MimeMessage awaitMail(String email, String subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> mailTo(email, subject), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private java.util.Optional<MimeMessage> mailTo(String email, String subject) {
		return java.util.Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> hasRecipient(m, email))
			.filter(m -> {
				try {
					return m.getSubject().contains(subject);
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			})
			.findFirst();
	}

	@Test
	void marketingMailCarriesOneClickUnsubscribeAndReachesOnlyThoseOptedIn() throws Exception {
		String optedIn = People.newEmail();
		String optedOut = People.newEmail();
		com.alujrat.shared.UserId reader = signUp(optedIn);
		com.alujrat.shared.UserId other = signUp(optedOut);
		String unproven = People.newEmail();
		com.alujrat.shared.UserId unverified = signUp(unproven);
		verifyEmail(reader);
		verifyEmail(other);
		marketing.choose(reader, true, "signup");
		marketing.choose(other, true, "signup");
		marketing.choose(other, false, "settings");
		marketing.choose(unverified, true, "signup");
		com.alujrat.shared.UserId staff = signUp(People.newEmail());
		String word = com.alujrat.testing.Marketplace.uniqueWord();
		java.util.UUID campaign = campaigns.write(staff, "Eid offer " + word, "Half the fee this week.", "عید کی پیشکش " + word,
				"اس ہفتے آدھی فیس۔");
		campaigns.send(campaign);

		MimeMessage mail = awaitMail(optedIn, "Eid offer " + word);
		String unsubscribe = mail.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).startsWith("<http").contains("/unsubscribe?token=");
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> mailTo(optedOut, word).isEmpty() && mailTo(unproven, word).isEmpty());

		// The mail program's one-click POST needs neither a session nor a CSRF token.
		String path = java.net.URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getRawPath() + "?"
				+ java.net.URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getRawQuery();
		java.net.http.HttpResponse<String> posted = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(marketing.optedIn(reader)).isFalse();
		marketing.choose(reader, true, "settings");
		new Api(port).post("/unsubscribe?token=" + reader.value() + ".0123456789abcdef", java.util.Map.of());
		assertThat(marketing.optedIn(reader)).as("a forged token unsubscribes nobody").isTrue();
	}

	@Test
	void mailThatIsNotMarketingHasNoUnsubscribeHeader() throws Exception {
		String email = People.newEmail();
		signUp(email);
		MimeMessage mail = awaitMail(email, "Verify your email");
		assertThat(mail.getHeader("List-Unsubscribe")).isNull();
	}

	@Test
	void aNotificationThatFailedToSendWhileSmtpWasDownIsSentLater() {
		String email = People.newEmail();
		com.alujrat.shared.UserId user = signUp(email);
		awaitMail(email, "Verify your email");
		greenMail.stop();
		try {
			new org.springframework.transaction.support.TransactionTemplate(
					context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
				.executeWithoutResult(status -> notifications.notify(user, Topic.ACCOUNT, "reviewHidden", null, "spam"));
			Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
					select count(*) from event_publication where status = 'FAILED' and serialized_event like ?""")
				.param("%" + user.value() + "%")
				.query(Integer.class)
				.single() > 0);
		}
		finally {
			greenMail.start();
		}
		retries.retryFailed();
		assertThat(awaitMail(email, "The text of your review was hidden")).isNotNull();
	}
	@Test
	void theVerificationEmailIsDeliveredOverSmtpWithTextAndHtml() throws Exception {
		String email = People.newEmail();

		assertThat(new Api(port).post("/api/v1/accounts", People.adult(email, "EMPLOYER")).status()).isEqualTo(201);

		MimeMessage message = Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain("example.pk"))
				.filter(m -> hasRecipient(m, email))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(message.getSubject()).isEqualTo("Verify your email for Al Ujrat");
		String body = GreenMailUtil.getBody(message);
		assertThat(body).contains("/verify-email/").contains("text/html").contains("text/plain");
	}

	@Test
	void mailGoesOverSmtpWhenSmtpIsConfigured() {
		assertThat(context.getBean(Emails.class)).isInstanceOf(com.alujrat.notifications.internal.SmtpEmails.class);
	}

	static boolean hasRecipient(MimeMessage message, String email) {
		try {
			return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}
}
