package com.alujrat.payments.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.alujrat.platform.web.Ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * JazzCash hosted checkout (mobile wallet and card) through its merchant form. Requests and responses carry
 * {@code pp_SecureHash}: upper-case hex HMAC-SHA256, keyed with the integrity salt, over the salt and the non-empty
 * {@code pp_} values sorted by field name, joined with {@code &}. Response codes: 000 paid, 112 cancelled, 115 our
 * hash was refused; anything else failed. Refunds are made by FINANCE in the merchant portal and recorded here.
 */
@Component
class JazzCashGateway implements PaymentGateway {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final PaymentSettings.JazzCash settings;

	private final Duration window;

	private final String baseUrl;

	private final HandOver handOver;

	JazzCashGateway(PaymentSettings settings, HandOver handOver, @Value("${alujrat.base-url}") String baseUrl) {
		this.handOver = handOver;
		this.settings = settings.jazzcash();
		this.window = Duration.ofMinutes(settings.checkoutMinutes());
		this.baseUrl = baseUrl;
	}

	@Override
	public Gateway gateway() {
		return Gateway.JAZZCASH;
	}

	@Override
	public boolean enabled() {
		return settings.configured();
	}

	@Override
	public Redirect start(Checkout checkout) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pp_Version", "1.1");
		fields.put("pp_TxnType", settings.txnType());
		fields.put("pp_Language", "EN");
		fields.put("pp_MerchantID", settings.merchantId());
		fields.put("pp_Password", settings.password());
		fields.put("pp_TxnRefNo", checkout.ref());
		fields.put("pp_Amount", Long.toString(checkout.amount()));
		fields.put("pp_TxnCurrency", checkout.currency());
		fields.put("pp_TxnDateTime", LocalDateTime.ofInstant(checkout.createdAt(), Ui.KARACHI).format(TIME));
		fields.put("pp_TxnExpiryDateTime", LocalDateTime.ofInstant(checkout.expiresAt(), Ui.KARACHI).format(TIME));
		fields.put("pp_BillReference", checkout.ref());
		fields.put("pp_Description", ascii(checkout.description()));
		fields.put("pp_ReturnURL", baseUrl + "/payments/callback/jazzcash/" + handOver.token(checkout));
		fields.put("pp_SecureHash", hash(fields));
		return new Redirect(settings.url(), fields);
	}

	@Override
	public Confirmation confirm(Map<String, String> callback) {
		if (!Hmac.matches(hash(callback), callback.get("pp_SecureHash"))) {
			throw new CallbackRefused("BAD_SIGNATURE");
		}
		String code = callback.getOrDefault("pp_ResponseCode", "");
		Outcome outcome = switch (code) {
			case "000" -> Outcome.PAID;
			case "112" -> Outcome.CANCELLED;
			case "124", "157" -> Outcome.PENDING;
			default -> Outcome.FAILED;
		};
		try {
			String transaction = callback.getOrDefault("pp_RetreivalReferenceNo", "");
			return new Confirmation(callback.get("pp_TxnRefNo"),
					transaction.isEmpty() ? callback.get("pp_TxnRefNo") + "-" + code : transaction,
					Long.parseLong(callback.get("pp_Amount")), callback.get("pp_TxnCurrency"), outcome,
					LocalDateTime.parse(callback.get("pp_TxnDateTime"), TIME).atZone(Ui.KARACHI).toInstant());
		}
		catch (RuntimeException ex) {
			throw new CallbackRefused("MALFORMED");
		}
	}

	/**
	 * JazzCash signs the time the checkout started, not the time of its answer: an answer is fresh while the
	 * checkout could still be paid and five minutes after.
	 */
	@Override
	public Duration freshness() {
		return window.plusMinutes(5);
	}

	@Override
	public Optional<Confirmation> inquire(Checkout checkout) {
		return Optional.empty();
	}

	@Override
	public RefundResult refund(Checkout checkout, long paisa) {
		return new RefundResult(false, null);
	}

	String hash(Map<String, String> fields) {
		String values = new TreeMap<>(fields).entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("pp_") && !e.getKey().equals("pp_SecureHash"))
			.map(Map.Entry::getValue)
			.filter(v -> v != null && !v.isEmpty())
			.collect(Collectors.joining("&"));
		String salt = settings.integritySalt();
		return Hmac.hex(salt.getBytes(StandardCharsets.UTF_8), salt + "&" + values).toUpperCase(java.util.Locale.ROOT);
	}

	/** The merchant form takes plain text descriptions. */
	private static String ascii(String text) {
		String plain = text.replaceAll("[^\\x20-\\x7E]", "").strip();
		return plain.isEmpty() ? "Al Ujrat payment" : plain.substring(0, Math.min(plain.length(), 100));
	}

}
