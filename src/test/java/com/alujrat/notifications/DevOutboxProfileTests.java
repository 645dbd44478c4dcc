package com.alujrat.notifications;

import com.alujrat.notifications.internal.DevOutbox;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The development outbox exists only without SMTP, and never in the prod profile. */
class DevOutboxProfileTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ScanNotifications.class)
		.withBean(JdbcClient.class, () -> mock(JdbcClient.class));

	@Test
	void developmentWithoutSmtpSendsMailAndSmsToTheOutbox() {
		runner.run(context -> assertThat(context).hasSingleBean(DevOutbox.class)
			.hasSingleBean(Emails.class)
			.hasSingleBean(TextMessages.class)
			.getBean(Emails.class)
			.isNotInstanceOf(com.alujrat.notifications.internal.SmtpEmails.class));
	}

	@Test
	void theProdProfileHasNoOutboxEvenWithoutSmtp() {
		runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
			.run(context -> assertThat(context).doesNotHaveBean(DevOutbox.class)
				.doesNotHaveBean(Emails.class)
				.doesNotHaveBean(TextMessages.class));
	}

	@Test
	void smtpReplacesTheOutboxForMail() {
		runner.withPropertyValues("spring.mail.host=smtp.example.pk")
			.withBean(org.springframework.mail.javamail.JavaMailSender.class,
					() -> mock(org.springframework.mail.javamail.JavaMailSender.class))
			.run(context -> assertThat(context.getBean(Emails.class))
				.isInstanceOf(com.alujrat.notifications.internal.SmtpEmails.class));
	}

	/** The delivery beans only (in-app notices, campaigns and live streams need the whole platform). */
	@Configuration
	@ComponentScan(basePackageClasses = DevOutbox.class, useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.REGEX,
					pattern = ".*\\.(DevOutbox|OutboxEmails|SmtpEmails|OutboxTextMessages|HttpTextMessages)"))
	static class ScanNotifications {
	}
}
