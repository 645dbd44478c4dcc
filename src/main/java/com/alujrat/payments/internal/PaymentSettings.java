package com.alujrat.payments.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alujrat.payments.*}: the platform fee, the clearance period, how long a checkout stays open, and each
 * gateway's merchant settings (from the environment in production; a gateway without them is not offered).
 */
@ConfigurationProperties("alujrat.payments")
public record PaymentSettings(@DefaultValue("10") int feePercent, @DefaultValue("5") int clearanceDays,
		@DefaultValue("30") int checkoutMinutes, @DefaultValue("3") int payoutMethodWaitDays,
		@DefaultValue Sandbox sandbox, @DefaultValue JazzCash jazzcash, @DefaultValue Easypaisa easypaisa) {

	public PaymentSettings {
		if (feePercent < 0 || feePercent > 50) {
			throw new IllegalArgumentException("alujrat.payments.fee-percent must be between 0 and 50");
		}
	}

	/** The sandbox gateway: on by default, off in the {@code prod} profile unless enabled. */
	public record Sandbox(@DefaultValue("true") boolean enabled) {
	}

	/** JazzCash hosted checkout (merchant form) settings; {@code url} is the merchant form's address. */
	public record JazzCash(String url, String merchantId, String password, String integritySalt,
			@DefaultValue("MWALLET") String txnType) {

		boolean configured() {
			return present(url) && present(merchantId) && present(password) && present(integritySalt);
		}

		/** Without the password and the salt, so the settings may be logged. */
		@Override
		public String toString() {
			return "JazzCash[url=" + url + ", merchantId=" + merchantId + ", txnType=" + txnType + "]";
		}
	}

	/**
	 * Easypaisa hosted checkout: {@code url} is the store's base (Index.jsf and Confirm.jsf live under it),
	 * {@code inquireUrl} the inquire-transaction call, authenticated with {@code username}/{@code password}.
	 */
	public record Easypaisa(String url, String storeId, String hashKey, String inquireUrl, String accountNum,
			String username, String password, @DefaultValue("MA_PAYMENT_METHOD") String paymentMethod) {

		boolean configured() {
			return present(url) && present(storeId) && present(hashKey) && present(inquireUrl) && present(username)
					&& present(password);
		}

		/** Without the hash key and the password, so the settings may be logged. */
		@Override
		public String toString() {
			return "Easypaisa[url=" + url + ", storeId=" + storeId + ", inquireUrl=" + inquireUrl + "]";
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
