package com.alujrat.testing;

import java.time.LocalDate;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.alujrat.accounts.StaffRole;
import com.alujrat.accounts.TwoFactorCodes;
import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.StaffRoles;
import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.accounts.internal.User;
import com.alujrat.shared.UserId;

/** Makes the people a test needs, each with a fresh email, in one line. */
public final class People {

	public static final String PASSWORD = "Sahil-Samandar-42";

	private final Api api;

	private final Outbox outbox;

	// Staff sign in with a second factor; their recovery codes, each good once, are kept here for the tests.
	private static final Map<UUID, Deque<String>> RECOVERY_CODES = new ConcurrentHashMap<>();

	private final StaffRoles staffRoles;

	private final TwoFactor twoFactor;

	private final AccountDirectory directory;

	public People(Api api, Outbox outbox, StaffRoles staffRoles, TwoFactor twoFactor, AccountDirectory directory) {
		this.api = api;
		this.outbox = outbox;
		this.staffRoles = staffRoles;
		this.twoFactor = twoFactor;
		this.directory = directory;
	}

	public static String newEmail() {
		return "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.pk";
	}

	public static Map<String, Object> signup(String email, String role, LocalDate dateOfBirth) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", "Ayesha Khan");
		body.put("email", email);
		body.put("password", PASSWORD);
		body.put("role", role);
		body.put("dateOfBirth", dateOfBirth.toString());
		body.put("acceptPolicies", true);
		return body;
	}

	public static Map<String, Object> adult(String email, String role) {
		return signup(email, role, LocalDate.now().minusYears(30));
	}

	/** A registered user who has not verified their email yet. */
	public Person unverified(String role) {
		String email = newEmail();
		Api.Response created = api.post("/api/v1/accounts", adult(email, role));
		if (created.status() != 201) {
			throw new AssertionError("Sign-up failed: " + created.body());
		}
		return new Person(UUID.fromString(created.text("id")), email);
	}

	/** A registered user with a verified email. */
	public Person verified(String role) {
		Person person = unverified(role);
		String token = outbox.await(person.email(), "Verify").token();
		Api.Response verified = api.post("/api/v1/auth/email-verification", Map.of("token", token));
		if (verified.status() != 204) {
			throw new AssertionError("Verification failed: " + verified.body());
		}
		return person;
	}

	/** A verified user holding the given staff roles, with two-factor on (staff work only with it). */
	public Person staff(StaffRole... roles) {
		Person person = staffWithoutTwoFactor(roles);
		User user = directory.user(new UserId(person.id())).orElseThrow();
		TwoFactor.Setup setup = twoFactor.begin(user);
		List<String> codes = twoFactor.confirm(directory.user(new UserId(person.id())).orElseThrow(),
				TwoFactorCodes.current(setup.secret()), null, null);
		RECOVERY_CODES.put(person.id(), new ConcurrentLinkedDeque<>(codes));
		return person;
	}

	/** A verified user holding the given staff roles who has not turned on two-factor. */
	public Person staffWithoutTwoFactor(StaffRole... roles) {
		Person person = verified("EMPLOYER");
		staffRoles.assign(person.id(), roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.of(roles[0], roles),
				null);
		return person;
	}

	/** A second factor for a staff member made by {@link #staff}: one of their recovery codes, not used before. */
	public String secondFactor(Person person) {
		return RECOVERY_CODES.get(person.id()).pop();
	}

	/** An access token for the person (who must be verified; staff send a second factor). */
	public String token(Person person) {
		Map<String, String> body = new LinkedHashMap<>(Map.of("email", person.email(), "password", PASSWORD));
		if (RECOVERY_CODES.containsKey(person.id())) {
			body.put("totp", secondFactor(person));
		}
		Api.Response response = api.post("/api/v1/auth/token", body);
		if (response.status() != 200) {
			throw new AssertionError("Sign-in failed: " + response.body());
		}
		return response.text("accessToken");
	}

	public record Person(UUID id, String email) {
	}
}
