package com.alujrat.payments.internal;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.alujrat.platform.Keys;
import com.alujrat.platform.Secrets;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * A gateway for running the platform without a merchant account: a page on the platform where a person presses
 * Pay, Fail or Cancel, after which the sandbox answers the callback signed the way a real gateway signs (HMAC-SHA256
 * over the sorted fields, with a key derived from the platform's keys). Off in {@code prod} unless enabled.
 */
@Component
public class SandboxGateway implements PaymentGateway {

	private final byte[] key;

	private final Clock clock;

	private final boolean enabled;

	SandboxGateway(Keys keys, Clock clock, PaymentSettings settings, Environment environment)
			throws GeneralSecurityException {
		this.key = keys.prf().compute("sandbox-gateway-callbacks".getBytes(java.nio.charset.StandardCharsets.UTF_8), 32);
		this.clock = clock;
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		this.enabled = settings.sandbox().enabled()
				&& (!production || environment.containsProperty("alujrat.payments.sandbox.enabled"));
	}

	@Override
	public Gateway gateway() {
		return Gateway.SANDBOX;
	}

	@Override
	public boolean enabled() {
		return enabled;
	}

	@Override
	public Redirect start(Checkout checkout) {
		return new Redirect("/payments/sandbox/" + checkout.id(), Map.of());
	}

	/** The callback the sandbox sends when the person pressed {@code outcome} on its page. */
	public Map<String, String> answer(Checkout checkout, Outcome outcome) {
		Map<String, String> fields = new TreeMap<>();
		fields.put("ref", checkout.ref());
		fields.put("transaction", "SBX" + Secrets.newToken().substring(0, 16));
		fields.put("amount", Long.toString(checkout.amount()));
		fields.put("currency", checkout.currency());
		fields.put("status", outcome.name());
		fields.put("at", Long.toString(clock.instant().getEpochSecond()));
		fields.put("signature", sign(fields));
		return fields;
	}

	@Override
	public Confirmation confirm(Map<String, String> callback) {
		if (!Hmac.matches(sign(callback), callback.get("signature"))) {
			throw new CallbackRefused("BAD_SIGNATURE");
		}
		try {
			return new Confirmation(callback.get("ref"), callback.get("transaction"),
					Long.parseLong(callback.get("amount")), callback.get("currency"),
					Outcome.valueOf(callback.get("status")), Instant.ofEpochSecond(Long.parseLong(callback.get("at"))));
		}
		catch (RuntimeException ex) {
			throw new CallbackRefused("MALFORMED");
		}
	}

	@Override
	public Optional<Confirmation> inquire(Checkout checkout) {
		return Optional.empty();
	}

	@Override
	public RefundResult refund(Checkout checkout, long paisa) {
		return new RefundResult(true, "SBXR" + Secrets.newToken().substring(0, 16));
	}

	/** The signed text: every field but the signature, sorted by name, as {@code name=value} joined with {@code &}. */
	private String sign(Map<String, String> fields) {
		String text = new TreeMap<>(fields).entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("signature"))
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
		return Hmac.hex(key, text);
	}
}
