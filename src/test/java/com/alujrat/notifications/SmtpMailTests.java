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
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
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

	private static boolean hasRecipient(MimeMessage message, String email) {
		try {
			return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}
}
