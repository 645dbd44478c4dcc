package com.alujrat.accounts;

import java.util.List;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TwoFactorTests extends PlatformTestSupport {

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	AccountDirectory directory;

	@Test
	void withTwoFactorOnATokenNeedsTheCurrentCode() throws Exception {
		Person person = people.verified("FREELANCER");
		String secret = enable(person);

		Api.Response withoutCode = signIn(person, null);
		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.problem()).isEqualTo("totp-required");
		assertThat(signIn(person, "000000").status()).isEqualTo(401);
		assertThat(signIn(person, code(secret)).status()).isEqualTo(200);
	}

	@Test
	void eachRecoveryCodeWorksOnce() {
		Person person = people.verified("FREELANCER");
		TwoFactor.Setup setup = twoFactor.begin(user(person));
		List<String> codes = twoFactor.confirm(user(person), codeOrFail(setup.secret()));

		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(signIn(person, codes.get(3)).status()).isEqualTo(200);
		assertThat(signIn(person, codes.get(3)).status()).isEqualTo(401);
		assertThat(twoFactor.unusedRecoveryCodes(user(person))).isEqualTo(9);
	}

	@Test
	void twoFactorTurnsOnOnlyWithACorrectCodeAndTheSecretIsStoredEncrypted() {
		Person person = people.verified("EMPLOYER");
		TwoFactor.Setup setup = twoFactor.begin(user(person));

		assertThatThrownBy(() -> twoFactor.confirm(user(person), "123456")).isInstanceOf(AccountRejected.class);
		assertThat(user(person).isTotpEnabled()).isFalse();
		byte[] stored = jdbc.sql("select totp_secret from accounts.users where id = ?").param(person.id())
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(setup.secret());
		assertThat(setup.qrDataUri()).startsWith("data:image/png;base64,");
	}

	private String enable(Person person) {
		TwoFactor.Setup setup = twoFactor.begin(user(person));
		twoFactor.confirm(user(person), codeOrFail(setup.secret()));
		return setup.secret();
	}

	private com.alujrat.accounts.internal.User user(Person person) {
		return directory.user(new UserId(person.id())).orElseThrow();
	}

	private Api.Response signIn(Person person, String code) {
		Map<String, String> body = new java.util.HashMap<>(Map.of("email", person.email(), "password", People.PASSWORD));
		if (code != null) {
			body.put("totp", code);
		}
		return api.post("/api/v1/auth/token", body);
	}

	static String codeOrFail(String secret) {
		try {
			return code(secret);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String code(String secret) throws CodeGenerationException {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, System.currentTimeMillis() / 1000 / 30);
	}
}
