package com.alujrat.payments.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.alujrat.accounts.Accounts;
import com.alujrat.payments.Payables;
import com.alujrat.payments.Purpose;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.RateLimits;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checkouts: opened only by whoever owes the money (the module that owns the thing paid for says so), answered by
 * the gateway's callbacks, which are stored as they arrived before anything is believed.
 */
@Service
public class Checkouts {

	private static final Logger log = LoggerFactory.getLogger(Checkouts.class);

	private final CheckoutStore store;

	private final Sellers sellers;

	private final Gateways gateways;

	private final Settlement settlement;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration window;

	private final Accounts accounts;

	private final RateLimits rateLimits;

	Checkouts(CheckoutStore store, Sellers sellers, Gateways gateways, Settlement settlement, JdbcClient jdbc,
			Clock clock, PaymentSettings settings, Accounts accounts, RateLimits rateLimits) {
		this.accounts = accounts;
		this.rateLimits = rateLimits;
		this.store = store;
		this.sellers = sellers;
		this.gateways = gateways;
		this.settlement = settlement;
		this.jdbc = jdbc;
		this.clock = clock;
		this.window = Duration.ofMinutes(settings.checkoutMinutes());
	}

	/** What {@code payer} would pay for {@code referenceId}, before choosing a gateway. */
	public Payables.Bill bill(Purpose purpose, UUID referenceId, UserId payer) {
		if (purpose == null) {
			throw new Rejected("purpose", "checkout.purpose.invalid");
		}
		if (referenceId == null) {
			throw new Rejected("referenceId", "checkout.reference.required");
		}
		return sellers.bill(purpose, referenceId, payer);
	}

	public Checkout open(Purpose purpose, UUID referenceId, Gateway gateway, UserId payer) {
		if (gateway == null || !gateways.offered().contains(gateway)) {
			throw new Rejected("gateway", "checkout.gateway.unavailable");
		}
		if (!accounts.mayTransact(payer)) {
			throw Rejected.forbidden("status", "checkout.accountMayNotPay");
		}
		Payables.Bill bill = bill(purpose, referenceId, payer);
		// Renewals pay the same subscription again; a milestone or a posting fee is paid once.
		if (purpose != Purpose.SUBSCRIPTION && store.anyPaid(purpose, referenceId)) {
			throw Rejected.conflict("checkout.alreadyPaid");
		}
		Optional<Checkout> earlier = store.latestOpen(purpose, referenceId, payer.value());
		Instant now = clock.instant();
		if (earlier.isPresent() && earlier.get().gateway() == gateway && earlier.get().amount() == bill.amount().paisa()
				&& earlier.get().expiresAt().isAfter(now.plusSeconds(60))) {
			// The same payment opened again (a second tab, the back button): one checkout, so one payment.
			return earlier.get();
		}
		Checkout checkout = new Checkout(UUID.randomUUID(), store.nextRef(), purpose, referenceId, payer.value(),
				bill.amount().paisa(), "PKR", bill.description(), bill.escrowContract(), gateway,
				Checkout.Status.PENDING, null, now, now.plus(window), null, null);
		store.insert(checkout);
		return checkout;
	}

	public Optional<Checkout> find(UUID id) {
		return store.find(id);
	}

	/** The checkout, for its payer only. */
	public Checkout seen(UUID id, UserId payer) {
		return store.find(id).filter(c -> c.payerId().equals(payer.value()))
			.orElseThrow(() -> new NotFound("No such checkout."));
	}

	public PaymentGateway.Redirect redirect(Checkout checkout) {
		if (checkout.status() != Checkout.Status.PENDING) {
			throw Rejected.conflict("checkout.closed");
		}
		return gateways.of(checkout.gateway()).start(checkout);
	}

	public List<Gateway> offered() {
		return gateways.offered();
	}

	/**
	 * A gateway's callback: stored as it arrived, verified, then applied once. Throws {@link CallbackRefused} (and
	 * posts nothing) when it cannot be trusted.
	 */
	public Checkout receive(Gateway gateway, Map<String, String> fields, String remoteAddr) {
		PaymentGateway adapter = gateways.of(gateway);
		if (!adapter.enabled()) {
			throw new CallbackRefused("GATEWAY_OFF");
		}
		// Anyone may call this address: a client gets a few hundred a minute, and nothing large is stored.
		rateLimits.require("payment-callback:" + RateLimits.client(remoteAddr), 300, Duration.ofMinutes(1));
		String body = urlEncoded(fields);
		if (body.length() > 16_384) {
			throw new CallbackRefused("TOO_LARGE");
		}
		long callback = jdbc.sql("""
				insert into payments.callbacks (gateway, received_at, remote_addr, body) values (?, ?, ?, ?)
				returning id""")
			.params(gateway.name(), Timestamp.from(clock.instant()), remoteAddr, body)
			.query(Long.class)
			.single();
		try {
			Settlement.Applied applied = apply(adapter, adapter.confirm(fields));
			record(callback, applied.checkout().id(), applied.outcome());
			return applied.checkout();
		}
		catch (CallbackRefused refused) {
			record(callback, null, refused.reason());
			log.warn("Refused a {} callback ({}): {}", gateway, callback, refused.reason());
			throw refused;
		}
	}

	/** Marks checkouts past their time expired and asks the gateways about those that never heard back. */
	public int expireAndRequery() {
		Instant now = clock.instant();
		int expired = store.expire(now);
		for (Checkout checkout : store.unanswered(now)) {
			PaymentGateway adapter = gateways.of(checkout.gateway());
			adapter.inquire(checkout).ifPresent(answer -> {
				try {
					apply(adapter, answer);
				}
				catch (CallbackRefused refused) {
					log.warn("Inquiry about checkout {} refused: {}", checkout.id(), refused.reason());
				}
			});
		}
		return expired;
	}

	/** A gateway transaction already counted for another checkout is refused (and reconciliation shows it). */
	private Settlement.Applied apply(PaymentGateway adapter, PaymentGateway.Confirmation confirmation) {
		try {
			return settlement.apply(adapter, confirmation);
		}
		catch (DuplicateKeyException reused) {
			throw new CallbackRefused("TXN_REUSED");
		}
	}

	private void record(long callback, UUID checkout, String outcome) {
		jdbc.sql("update payments.callbacks set checkout_id = ?, outcome = ? where id = ?")
			.params(checkout, outcome, callback)
			.update();
	}

	private static String urlEncoded(Map<String, String> fields) {
		return new TreeMap<>(fields).entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
