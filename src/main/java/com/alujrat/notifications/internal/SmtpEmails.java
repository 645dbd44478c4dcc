package com.alujrat.notifications.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.alujrat.notifications.Email;
import com.alujrat.notifications.Emails;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnProperty("spring.mail.host")
public class SmtpEmails implements Emails {

	private final JavaMailSender sender;

	private final String from;

	SmtpEmails(JavaMailSender sender, @Value("${alujrat.mail.from:Al Ujrat <no-reply@alujrat.com>}") String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(Email email) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), email.html());
			for (var header : email.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			sender.send(message);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not build the message", ex);
		}
	}
}
