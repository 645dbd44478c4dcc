package com.alujrat.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.catalog.OrderPlaced;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders: an identity-verified employer whose account may transact orders one package of an active service, answering its questions.
 * The contract for it is made in the same transaction ({@link OrderPlaced}), so the order and its contract exist
 * together or not at all.
 */
@Service
public class Orders {

	private final JdbcClient jdbc;

	private final Listings listings;

	private final Accounts accounts;

	private final Verifications verifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Orders(JdbcClient jdbc, Listings listings, Accounts accounts, Verifications verifications,
			ApplicationEventPublisher events, Clock clock) {
		this.verifications = verifications;
		this.jdbc = jdbc;
		this.listings = listings;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The order and the contract it became. */
	public record Placed(UUID order, UUID contract) {
	}

	@Transactional
	public Placed place(UUID serviceId, SignedInUser employer, Integer packagePosition, List<String> answers) {
		Listings.Listing service = listings.seen(serviceId, employer);
		if (!"EMPLOYER".equals(employer.accountType())) {
			throw Rejected.forbidden("type", "order.employersOnly");
		}
		if (!accounts.mayTransact(employer.id()) || !verifications.isVerified(employer.id())) {
			throw Rejected.forbidden("verification", "order.mayNotTransact");
		}
		if (!"ACTIVE".equals(service.status())) {
			throw Rejected.conflict("order.paused");
		}
		List<ServiceDetails.Package> packages = service.details().packages();
		if (packagePosition == null || packagePosition < 1 || packagePosition > packages.size()) {
			throw new Rejected("package", "order.package.invalid");
		}
		List<String> questions = service.details().questions();
		List<String> given = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a.strip()).toList();
		for (int i = 0; i < questions.size(); i++) {
			if (i >= given.size() || given.get(i).isEmpty() || given.get(i).length() > 2_000) {
				throw new Rejected("answers[" + i + "]", "order.answer.required");
			}
		}
		ServiceDetails.Package chosen = packages.get(packagePosition - 1);
		UUID order = UUID.randomUUID();
		UUID contract = UUID.randomUUID();
		List<String> kept = given.subList(0, questions.size());
		jdbc.sql("""
				insert into catalog.orders (id, service_id, package, employer_id, freelancer_id, answers, price,
				    contract_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(order, serviceId, packagePosition, employer.id().value(), service.freelancerId(),
					kept.toArray(String[]::new), chosen.price(), contract, Timestamp.from(clock.instant()))
			.update();
		StringBuilder requirements = new StringBuilder(chosen.description());
		for (int i = 0; i < questions.size(); i++) {
			requirements.append("\n\n").append(questions.get(i)).append("\n").append(kept.get(i));
		}
		events.publishEvent(new OrderPlaced(order, contract, service.details().title() + " · " + chosen.name(),
				requirements.toString(), employer.id(), new UserId(service.freelancerId()), new Money(chosen.price()),
				chosen.deliveryDays(), chosen.revisions(), kept));
		return new Placed(order, contract);
	}
}
