package com.alujrat.notifications.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.alujrat.notifications.TextMessages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SMS through a bulk-SMS REST API in the shape of Twilio's Messages API (many Pakistani aggregators offer the same):
 * a form POST of {@code To}, {@code From} and {@code Body} with HTTP basic authentication. A server error or a lost
 * connection is tried again (three tries in all, a short pause between); a 4xx refusal is not, since the same request
 * would be refused again.
 */
@Component
@ConditionalOnProperty("alujrat.sms.url")
class HttpTextMessages implements TextMessages {

	private static final Logger log = LoggerFactory.getLogger(HttpTextMessages.class);

	static final int ATTEMPTS = 3;

	private final RestClient http;

	private final SmsProperties properties;

	HttpTextMessages(SmsProperties properties) {
		this.properties = properties;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(5));
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder()
			.requestFactory(requests)
			.defaultHeaders(headers -> headers.setBasicAuth(properties.username(), properties.password()))
			.build();
	}

	@Override
	public void send(String phoneE164, String text) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("To", phoneE164);
		form.add("From", properties.from());
		form.add("Body", text);
		for (int attempt = 1;; attempt++) {
			try {
				http.post().uri(properties.url()).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
					.retrieve().toBodilessEntity();
				return;
			}
			catch (HttpClientErrorException refused) {
				throw new IllegalStateException("The SMS gateway refused the message: " + refused.getStatusCode(), refused);
			}
			catch (RestClientException failed) {
				if (attempt >= ATTEMPTS) {
					throw new IllegalStateException("The SMS gateway failed " + ATTEMPTS + " times", failed);
				}
				log.warn("SMS gateway attempt {} failed, trying again: {}", attempt, failed.getMessage());
				pause(attempt);
			}
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(200L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
