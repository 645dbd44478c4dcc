package com.alujrat.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.alujrat.accounts.internal.StaffRoles;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffRolesTests extends PlatformTestSupport {

	@Test
	void theBootstrapAdminHasEveryRoleAndSetsTheirOwnPasswordFromAnEmailedLinkThenTwoFactor() {
		String email = People.newEmail();

		assertThat(staffRoles.bootstrapAdmin(email, Instant.now())).isEqualTo(StaffRoles.Bootstrap.CREATED);

		assertThat(jdbc.sql("select count(*) from accounts.users where email = ? and password_hash is null").param(email)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(signIn(email, "").status()).isEqualTo(400);
		String token = outbox.await(email, "staff account").token();
		assertThat(api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "Pehla-Admin-2026"))
			.status()).isEqualTo(204);
		Api admin = new Api(port).bearer(signIn(email, "Pehla-Admin-2026").text("accessToken"));
		for (String path : List.of("/api/v1/staff/users/", "/api/v1/%73taff/users/", "/api/v1/staff/%75sers/")) {
			Api.Response withoutTwoFactor = admin.get(path + id(email));
			assertThat(withoutTwoFactor.status()).as(path).isEqualTo(403);
			assertThat(withoutTwoFactor.problem()).as(path).isEqualTo("two-factor-required");
		}

		String secret = admin.post("/api/v1/me/two-factor", Map.of("password", "Pehla-Admin-2026")).text("secret");
		assertThat(admin.post("/api/v1/me/two-factor/confirm", Map.of("code", TwoFactorCodes.current(secret))).status())
			.isEqualTo(200);
		Api.Response self = admin.get("/api/v1/staff/users/" + id(email));
		assertThat(self.json().get("roles").toString()).contains("ADMIN", "VERIFIER", "SUPPORT", "FINANCE", "LEGAL");
	}

	@Test
	void theBootstrapRunsOncePerAddressSoRemovedRolesStayRemoved() {
		Person owner = people.verified("EMPLOYER");
		assertThat(staffRoles.bootstrapAdmin(owner.email(), Instant.now())).isEqualTo(StaffRoles.Bootstrap.PROMOTED);
		assertThat(roles(owner)).isEqualTo(5);

		staffRoles.assign(owner.id(), java.util.EnumSet.of(StaffRole.SUPPORT), null);

		assertThat(staffRoles.bootstrapAdmin(owner.email(), Instant.now())).isEqualTo(StaffRoles.Bootstrap.ALREADY_DONE);
		assertThat(roles(owner)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from accounts.users where email = ?").param(owner.email())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anUnverifiedAccountHoldingTheBootstrapAddressIsNotPromotedAndKeepsNoPower() {
		Person squatter = people.unverified("EMPLOYER");
		String hashBefore = jdbc.sql("select password_hash from accounts.users where id = ?").param(squatter.id())
			.query(String.class).single();

		assertThat(staffRoles.bootstrapAdmin(squatter.email(), Instant.now()))
			.isEqualTo(StaffRoles.Bootstrap.REFUSED_UNVERIFIED);

		assertThat(roles(squatter)).isZero();
		assertThat(jdbc.sql("select password_hash from accounts.users where id = ?").param(squatter.id())
			.query(String.class).single()).isEqualTo(hashBefore);
	}

	@Test
	void anAdminGrantsAndRemovesRolesAndEveryChangeIsLogged() {
		Person admin = people.staff(StaffRole.ADMIN);
		Person colleague = people.verified("EMPLOYER");
		Api adminApi = new Api(port).bearer(people.token(admin));

		Api.Response granted = adminApi.put("/api/v1/staff/users/" + colleague.id() + "/roles",
				Map.of("roles", List.of("VERIFIER", "SUPPORT")));
		assertThat(granted.status()).isEqualTo(200);
		assertThat(granted.json().get("roles").toString()).contains("VERIFIER", "SUPPORT").doesNotContain("ADMIN");

		Api.Response removed = adminApi.put("/api/v1/staff/users/" + colleague.id() + "/roles",
				Map.of("roles", List.of("SUPPORT")));
		assertThat(removed.json().get("roles").toString()).doesNotContain("VERIFIER");

		List<String> log = jdbc.sql("select before || '>' || after from accounts.staff_role_changes where user_id = ? and changed_by = ? order by id")
			.params(colleague.id(), admin.id())
			.query(String.class)
			.list();
		assertThat(log).containsExactly(">SUPPORT,VERIFIER", "SUPPORT,VERIFIER>SUPPORT");
	}

	@Test
	void onlyAdminsMayChangeRoles() {
		Person verifier = people.staff(StaffRole.VERIFIER, StaffRole.SUPPORT, StaffRole.FINANCE, StaffRole.LEGAL);
		Person freelancer = people.verified("FREELANCER");
		Person target = people.verified("EMPLOYER");

		for (Person caller : List.of(verifier, freelancer)) {
			Api.Response refused = new Api(port).bearer(people.token(caller))
				.put("/api/v1/staff/users/" + target.id() + "/roles", Map.of("roles", List.of("ADMIN")));
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.problem()).isEqualTo("forbidden");
		}
		assertThat(api.put("/api/v1/staff/users/" + target.id() + "/roles", Map.of("roles", List.of("ADMIN"))).status())
			.isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from accounts.staff_roles where user_id = ?").param(target.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anAdminCannotRemoveTheirOwnAdminRole() {
		Person admin = people.staff(StaffRole.ADMIN);

		Api.Response response = new Api(port).bearer(people.token(admin))
			.put("/api/v1/staff/users/" + admin.id() + "/roles", Map.of("roles", List.of("SUPPORT")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasFieldError("roles")).isTrue();
	}

	@Test
	void anUnknownRoleOrAccountIsAClearError() {
		Person admin = people.staff(StaffRole.ADMIN);
		Api adminApi = new Api(port).bearer(people.token(admin));

		assertThat(adminApi.put("/api/v1/staff/users/" + java.util.UUID.randomUUID() + "/roles",
				Map.of("roles", List.of("SUPPORT"))).status()).isEqualTo(404);
		assertThat(adminApi.put("/api/v1/staff/users/" + admin.id() + "/roles", Map.of("roles", List.of("KING")))
			.status()).isEqualTo(400);
	}

	private int roles(Person person) {
		return jdbc.sql("select count(*) from accounts.staff_roles where user_id = ?").param(person.id())
			.query(Integer.class).single();
	}

	private String id(String email) {
		return jdbc.sql("select id from accounts.users where email = ?").param(email).query(String.class).single();
	}

	private Api.Response signIn(String email, String password) {
		return api.post("/api/v1/auth/token", Map.of("email", email, "password", password));
	}
}
