package com.alujrat.testing;

import java.util.Map;

import com.alujrat.testing.People.Person;

/** Takes a person through phone confirmation and document submission by the API, as the mobile app would. */
public final class Verified {

	private Verified() {
	}

	public static String confirmPhone(Api app, Outbox outbox, String phone) {
		Api.Response sent = app.post("/api/v1/me/phone", Map.of("phone", phone));
		if (sent.status() != 202) {
			throw new AssertionError("Phone code not sent: " + sent.body());
		}
		String code = smsCode(outbox, phone);
		Api.Response confirmed = app.post("/api/v1/me/phone/confirm", Map.of("code", code));
		if (confirmed.status() != 204) {
			throw new AssertionError("Phone not confirmed: " + confirmed.body());
		}
		return code;
	}

	/** The six-digit code in the newest SMS to the phone. */
	public static String smsCode(Outbox outbox, String phone) {
		return outbox.await(e164(phone), "SMS").text().replaceAll("(?s).*?(\\d{6}).*", "$1");
	}

	public static Api.Response submitCnic(Api app, String cnic) {
		return app.multipart("/api/v1/me/verification",
				Map.of("legalName", "Ayesha Khan", "documentType", "CNIC", "documentNumber", cnic),
				Map.of("front", Images.jpeg(800, 500), "back", Images.jpeg(800, 500), "selfie", Images.png(400, 600)));
	}

	/** A person with a confirmed phone and a pending CNIC submission. */
	public static Person pending(People people, Api anonymous, Outbox outbox, String role, String cnic, String phone) {
		Person person = people.verified(role);
		Api app = new Api(port(anonymous)).bearer(people.token(person));
		confirmPhone(app, outbox, phone);
		Api.Response submitted = submitCnic(app, cnic);
		if (submitted.status() != 202) {
			throw new AssertionError("Submission refused: " + submitted.body());
		}
		return person;
	}

	public static String randomCnic() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return (1 + random.nextInt(7)) + String.format("%04d", random.nextInt(10_000)) + "-"
				+ String.format("%07d", random.nextInt(10_000_000)) + "-" + (1 + random.nextInt(9));
	}

	public static String randomPhone() {
		return "0300" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
	}

	public static String e164(String phone) {
		return "+92" + phone.substring(1);
	}

	private static int port(Api api) {
		return api.port();
	}
}
