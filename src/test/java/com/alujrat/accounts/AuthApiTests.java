package com.alujrat.accounts;

import java.util.Map;

import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthApiTests extends PlatformTestSupport {

	@Test
	void anUnverifiedEmailCannotGetATokenUntilItIsVerified() {
		Person person = people.unverified("FREELANCER");

		Api.Response refused = signIn(person.email(), People.PASSWORD);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("email-unverified");

		String token = outbox.await(person.email(), "Verify").token();
		assertThat(api.post("/api/v1/auth/email-verification", Map.of("token", token)).status()).isEqualTo(204);
		assertThat(signIn(person.email(), People.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aVerificationTokenWorksOnce() {
		Person person = people.unverified("EMPLOYER");
		String token = outbox.await(person.email(), "Verify").token();

		assertThat(api.post("/api/v1/auth/email-verification", Map.of("token", token)).status()).isEqualTo(204);
		Api.Response again = api.post("/api/v1/auth/email-verification", Map.of("token", token));

		assertThat(again.status()).isEqualTo(400);
		assertThat(again.hasFieldError("token")).isTrue();
	}

	@Test
	void anExpiredVerificationTokenIsRefused() {
		Person person = people.unverified("EMPLOYER");
		String token = outbox.await(person.email(), "Verify").token();
		jdbc.sql("update accounts.one_time_tokens set expires_at = now() - interval '1 minute' where user_id = ?")
			.param(person.id())
			.update();

		assertThat(api.post("/api/v1/auth/email-verification", Map.of("token", token)).status()).isEqualTo(400);
	}

	@Test
	void aTokenAnswersWhoAmI() {
		Person person = people.verified("FREELANCER");

		Api.Response me = new Api(port).bearer(people.token(person)).get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("id")).isEqualTo(person.id().toString());
		assertThat(me.text("email")).isEqualTo(person.email());
		assertThat(me.text("fullName")).isEqualTo("Ayesha Khan");
		assertThat(me.text("role")).isEqualTo("FREELANCER");
		assertThat(me.json().get("emailVerified").asBoolean()).isTrue();
		assertThat(me.text("status")).isEqualTo("ACTIVE");
		assertThat(me.text("locale")).isEqualTo("en");
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
		Person person = people.verified("FREELANCER");

		Api.Response wrongPassword = signIn(person.email(), "not-the-password");
		Api.Response unknownEmail = signIn(People.newEmail(), "not-the-password");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.problem()).isEqualTo(unknownEmail.problem());
		assertThat(wrongPassword.text("detail")).isEqualTo(unknownEmail.text("detail"));
	}

	@Test
	void fiveFailuresMakeThatNetworkWaitForTheAccountWhileTheOwnerElsewhereSignsIn() {
		Person person = people.verified("FREELANCER");
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(person.email(), "wrong-password-" + i).status()).isEqualTo(401);
		}
		assertThat(signIn(person.email(), "wrong-password-4").status()).isEqualTo(423);

		Api.Response delayed = api.post("/api/v1/auth/token", Map.of("email", person.email(), "password", People.PASSWORD));
		assertThat(delayed.status()).isEqualTo(423);
		assertThat(delayed.problem()).isEqualTo("account-locked");

		assertThat(new Api(port).post("/api/v1/auth/token", Map.of("email", person.email(), "password", People.PASSWORD))
			.status()).isEqualTo(200);
	}

	@Test
	void changingTheLetterCaseOfAnEmailDoesNotBuyMoreAttempts() {
		Person person = people.verified("FREELANCER");
		String[] variants = { person.email(), person.email().toUpperCase(), "U" + person.email().substring(1),
				person.email().replace("user", "USER"), person.email().replace("user", "uSeR") };
		for (String variant : variants) {
			signIn(variant, "wrong-password");
		}
		Api.Response delayed = signIn(person.email().toUpperCase(), People.PASSWORD);
		assertThat(delayed.status()).isEqualTo(423);
	}

	@Test
	void anEnormousEmailIsAnAnswerNotAServerError() {
		String huge = "a".repeat(5000) + "@example.pk";
		for (int i = 0; i < 6; i++) {
			assertThat(signIn(huge, "x").status()).isIn(401, 423);
		}
		assertThat(api.post("/api/v1/auth/password-reset", Map.of("email", huge)).status()).isIn(202, 429);
	}

	@Test
	void wrongSecondFactorsFromManyNetworksTogetherAreCappedPerAccount() {
		Person person = people.verified("EMPLOYER");
		String secret = TwoFactorCodes.enable(twoFactor, directory, person);
		for (int i = 0; i < 10; i++) {
			Api.Response wrong = new Api(port).post("/api/v1/auth/token",
					Map.of("email", person.email(), "password", People.PASSWORD, "totp", "000000"));
			assertThat(wrong.status()).isEqualTo(401);
		}
		Api.Response capped = new Api(port).post("/api/v1/auth/token",
				Map.of("email", person.email(), "password", People.PASSWORD, "totp", TwoFactorCodes.next(secret)));
		assertThat(capped.status()).isEqualTo(423);
	}

	@Test
	void unknownEmailsAreDelayedExactlyLikeKnownOnes() {
		String unknown = People.newEmail();
		Api.Response last = null;
		for (int i = 0; i < 5; i++) {
			last = signIn(unknown, "wrong-password-" + i);
		}
		assertThat(last.status()).isEqualTo(423);
		assertThat(last.problem()).isEqualTo("account-locked");
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		Api.Response last = null;
		for (int i = 0; i < 21; i++) {
			last = new Api(port).header("X-Forwarded-For", "2001:db8:77:1::" + Integer.toHexString(i + 1))
				.post("/api/v1/auth/token", Map.of("email", People.newEmail(), "password", "x"));
		}
		assertThat(last.status()).isEqualTo(429);
	}

	@Test
	void oneAddressIsLimitedInSignInAttempts() {
		Api sameAddress = new Api(port);
		int lastStatus = 0;
		for (int i = 0; i < 21; i++) {
			lastStatus = sameAddress.post("/api/v1/auth/token", Map.of("email", People.newEmail(), "password", "x"))
				.status();
		}
		assertThat(lastStatus).isEqualTo(429);
	}

	@Test
	void aRefreshTokenRotatesAndItsReuseRevokesTheWholeFamily() {
		Person person = people.verified("EMPLOYER");
		Api.Response first = signIn(person.email(), People.PASSWORD);
		String firstRefresh = first.text("refreshToken");

		Api.Response second = api.post("/api/v1/auth/refresh", Map.of("refreshToken", firstRefresh));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text("tokenType")).isEqualTo("Bearer");
		assertThat(second.text("refreshToken")).isNotEqualTo(firstRefresh);
		assertThat(new Api(port).bearer(second.text("accessToken")).get("/api/v1/me").status()).isEqualTo(200);

		Api.Response reuse = api.post("/api/v1/auth/refresh", Map.of("refreshToken", firstRefresh));
		assertThat(reuse.status()).isEqualTo(401);
		assertThat(new Api(port).bearer(second.text("accessToken")).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", second.text("refreshToken"))).status())
			.isEqualTo(401);
	}

	@Test
	void logoutRevokesTheTokens() {
		Person person = people.verified("EMPLOYER");
		Api.Response pair = signIn(person.email(), People.PASSWORD);
		Api app = new Api(port).bearer(pair.text("accessToken"));

		assertThat(app.post("/api/v1/auth/logout", Map.of("refreshToken", pair.text("refreshToken"))).status())
			.isEqualTo(204);

		assertThat(app.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", pair.text("refreshToken"))).status())
			.isEqualTo(401);
	}

	@Test
	void aResetRequestLooksTheSameForKnownAndUnknownEmails() {
		Person person = people.verified("FREELANCER");
		String unknown = People.newEmail();

		assertThat(api.post("/api/v1/auth/password-reset", Map.of("email", person.email())).status()).isEqualTo(202);
		assertThat(api.post("/api/v1/auth/password-reset", Map.of("email", unknown)).status()).isEqualTo(202);

		assertThat(outbox.await(person.email(), "Reset").linkPath()).startsWith("/password-reset/");
		assertThat(outbox.to(unknown)).isEmpty();
	}

	@Test
	void aPasswordResetEndsEveryTokenAndWorksOnce() {
		Person person = people.verified("FREELANCER");
		Api.Response before = signIn(person.email(), People.PASSWORD);
		api.post("/api/v1/auth/password-reset", Map.of("email", person.email()));
		String token = outbox.await(person.email(), "Reset").token();

		Api.Response confirmed = api.post("/api/v1/auth/password-reset/confirm",
				Map.of("token", token, "newPassword", "Naya-Pasword-2026"));

		assertThat(confirmed.status()).isEqualTo(204);
		assertThat(new Api(port).bearer(before.text("accessToken")).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(signIn(person.email(), People.PASSWORD).status()).isEqualTo(401);
		assertThat(signIn(person.email(), "Naya-Pasword-2026").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/auth/password-reset/confirm",
				Map.of("token", token, "newPassword", "Teesra-Pasword-2026")).status()).isEqualTo(400);
	}

	@Test
	void aResetLinkExpiresAfterThirtyMinutes() {
		Person person = people.verified("FREELANCER");
		api.post("/api/v1/auth/password-reset", Map.of("email", person.email()));
		String token = outbox.await(person.email(), "Reset").token();
		// Thirty-one minutes later:
		jdbc.sql("update accounts.one_time_tokens set created_at = created_at - interval '31 minutes', "
				+ "expires_at = expires_at - interval '31 minutes' where user_id = ? and purpose = 'RESET_PASSWORD'")
			.param(person.id())
			.update();

		Api.Response response = api.post("/api/v1/auth/password-reset/confirm",
				Map.of("token", token, "newPassword", "Naya-Pasword-2026"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(signIn(person.email(), People.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aResetToACommonPasswordIsRefusedAndTheLinkStillWorks() {
		Person person = people.verified("FREELANCER");
		api.post("/api/v1/auth/password-reset", Map.of("email", person.email()));
		String token = outbox.await(person.email(), "Reset").token();

		Api.Response common = api.post("/api/v1/auth/password-reset/confirm",
				Map.of("token", token, "newPassword", "password123"));

		assertThat(common.status()).isEqualTo(400);
		assertThat(common.hasFieldError("newPassword")).isTrue();
		assertThat(api.post("/api/v1/auth/password-reset/confirm",
				Map.of("token", token, "newPassword", "Naya-Pasword-2026")).status()).isEqualTo(204);
	}

	@Test
	void theApiRefusesAnonymousAndForgedTokens() {
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
		Api.Response forged = new Api(port).bearer("forged-token").get("/api/v1/me");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.problem()).isEqualTo("invalid-token");
	}

	@Test
	void aSignInFromANewDeviceSendsASecurityAlert() {
		Person person = people.verified("FREELANCER");
		Map<String, String> credentials = Map.of("email", person.email(), "password", People.PASSWORD);
		assertThat(new Api(port).header("X-Device-Id", "phone-1").post("/api/v1/auth/token", credentials).status())
			.isEqualTo(200);
		assertThat(new Api(port).header("X-Device-Id", "phone-1").post("/api/v1/auth/token", credentials).status())
			.isEqualTo(200);

		assertThat(new Api(port).header("X-Device-Id", "phone-2").post("/api/v1/auth/token", credentials).status())
			.isEqualTo(200);

		assertThat(outbox.await(person.email(), "New sign-in").text()).contains("App");
		assertThat(outbox.count(person.email(), "New sign-in")).isEqualTo(1);
	}

	private Api.Response signIn(String email, String password) {
		return api.post("/api/v1/auth/token", Map.of("email", email, "password", password));
	}
}
