package com.alujrat.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.People.Person;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity-verified employers and freelancers, projects and bids in one line each, made through the API as the apps
 * would (a verifier approves each identity).
 */
public final class Marketplace {

	private final int port;

	private final People people;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private Api verifier;

	public Marketplace(int port, People people, Outbox outbox, JdbcClient jdbc) {
		this.port = port;
		this.people = people;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	/** A made-up word (letters only, "qz" and 8 more) that no other project or service contains: search for it. */
	public static String uniqueWord() {
		return "qz" + java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
	}

	/** A person with a verified email, phone and identity (a VERIFIER approved their CNIC). */
	public Person verified(String role) {
		Person person = Verified.pending(people, new Api(port), outbox, role, Verified.randomCnic(),
				Verified.randomPhone());
		UUID submission = jdbc.sql("select id from verification.submissions where user_id = ?")
			.param(person.id())
			.query(UUID.class)
			.single();
		Api.Response decided = verifier().post("/api/v1/staff/verifications/" + submission + "/decision",
				Map.of("decision", "APPROVE", "reason", ""));
		if (decided.status() != 204) {
			throw new AssertionError("Approval failed: " + decided.body());
		}
		return person;
	}

	public Api as(Person person) {
		return new Api(port).bearer(people.token(person));
	}

	/** A project body as the API takes it, with {@code changes} over sensible values. */
	public static Map<String, Object> project(Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>(Map.of("title", "Build a Shopify store for my clothing brand",
				"description", "We sell lawn suits in Lahore and need an online store with JazzCash checkout.",
				"category", "software", "skills", List.of("shopify", "javascript"), "budgetType", "FIXED",
				"budgetMin", 5_000_000, "budgetMax", 8_000_000, "deadline", LocalDate.now().plusMonths(2).toString(),
				"location", Map.of("mode", "REMOTE", "city", "", "area", ""), "visibility", "REGISTERED"));
		body.putAll(changes);
		return body;
	}

	/** A draft made by the employer, its id. */
	public UUID draft(Api employer, Map<String, Object> changes) {
		Api.Response created = employer.post("/api/v1/projects", project(changes));
		if (created.status() != 201) {
			throw new AssertionError("Draft refused: " + created.body());
		}
		return UUID.fromString(created.text("id"));
	}

	/** A published project of the (identity-verified) employer, its id. */
	public UUID published(Api employer, Map<String, Object> changes) {
		UUID id = draft(employer, changes);
		Api.Response published = employer.post("/api/v1/projects/" + id + "/publish", Map.of());
		if (published.status() != 200) {
			throw new AssertionError("Publishing refused: " + published.body());
		}
		return id;
	}

	public static Map<String, Object> bid(long amount) {
		return Map.of("amount", amount, "deliveryDays", 14, "coverLetter",
				"I have built twelve Shopify stores for Pakistani brands, with JazzCash and Easypaisa.");
	}

	public UUID bid(Api freelancer, UUID project, long amount) {
		Api.Response placed = freelancer.post("/api/v1/projects/" + project + "/bids", bid(amount));
		if (placed.status() != 201) {
			throw new AssertionError("Bid refused: " + placed.body());
		}
		return UUID.fromString(placed.text("id"));
	}

	/** A running contract between the two, one milestone per amount (awaiting funding). */
	public record Contract(UUID id, List<UUID> milestones) {
	}

	public Contract contract(Api employer, Api freelancer, long... amounts) {
		UUID bid = bid(freelancer, published(employer, Map.of()), Arrays.stream(amounts).sum());
		List<Map<String, Object>> milestones = new ArrayList<>();
		for (int i = 0; i < amounts.length; i++) {
			milestones.add(Map.of("title", "Part " + (i + 1), "amount", amounts[i]));
		}
		Api.Response offer = employer.post("/api/v1/offers",
				Map.of("bidId", bid, "terms", "Deliver the store in parts, tested on Android.", "milestones", milestones));
		if (offer.status() != 201) {
			throw new AssertionError("Offer refused: " + offer.body());
		}
		Api.Response accepted = freelancer.post("/api/v1/offers/" + offer.text("id") + "/accept", Map.of());
		if (accepted.status() != 201) {
			throw new AssertionError("Accept refused: " + accepted.body());
		}
		UUID contract = UUID.fromString(accepted.text("id"));
		return new Contract(contract, jdbc.sql("select id from contracts.milestones where contract_id = ? order by position")
			.param(contract)
			.query(UUID.class)
			.list());
	}

	/** The milestone's status as contracts keeps it. */
	public String milestoneStatus(UUID milestone) {
		return jdbc.sql("select status from contracts.milestones where id = ?").param(milestone).query(String.class).single();
	}

	/** An open dispute on a contract's milestone, funded through the sandbox gateway; the dispute's id. */
	public String dispute(Payments payments) {
		Api employer = as(verified("EMPLOYER"));
		Contract contract = contract(employer, as(verified("FREELANCER")), 6_000_000);
		UUID milestone = contract.milestones().get(0);
		payments.pay(employer, "MILESTONE", milestone);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FUNDED".equals(milestoneStatus(milestone)));
		Api.Response opened = employer.post("/api/v1/contracts/" + contract.id() + "/disputes",
				Map.of("milestoneId", milestone, "reason", "The checkout does not work", "evidence", "Screenshots"));
		if (opened.status() != 201) {
			throw new AssertionError("Dispute refused: " + opened.body());
		}
		return opened.text("id");
	}

	/** A service listed by a new identity-verified freelancer, its id. */
	public String service() {
		Api.Response listed = as(verified("FREELANCER")).post("/api/v1/services", Map.of("title",
				"Urdu to English translation of documents", "description",
				"Certified-style translation of birth certificates, degrees and letters.", "category", "writing", "skills",
				List.of("urdu-english-translation"), "packages", List.of(Map.of("name", "One page", "price", 500_000,
						"deliveryDays", 2, "revisions", 1, "description", "One page")),
				"questions", List.of("What is the document?")));
		if (listed.status() != 201) {
			throw new AssertionError("Service refused: " + listed.body());
		}
		return listed.text("id");
	}

	private Api verifier() {
		if (verifier == null) {
			verifier = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));
		}
		return verifier;
	}
}
