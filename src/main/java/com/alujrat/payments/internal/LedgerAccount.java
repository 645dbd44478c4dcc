package com.alujrat.payments.internal;

import java.util.UUID;

/**
 * An account of the ledger, named by a code that is unique and never changes. Clearing accounts are what a gateway
 * (or the bank) holds for the platform; wallets, escrow and refunds are what the platform owes people, so their
 * entries are mostly credits (negative) and what a person sees is the negated sum.
 */
public record LedgerAccount(String code, Kind kind, UUID owner) {

	public enum Kind {
		CLEARING, REVENUE, PAYOUTS_IN_TRANSIT, REFUNDS, WALLET_PENDING, WALLET_AVAILABLE, ESCROW
	}

	public static LedgerAccount clearing(String channel) {
		return new LedgerAccount("clearing:" + channel, Kind.CLEARING, null);
	}

	public static LedgerAccount revenue() {
		return new LedgerAccount("revenue", Kind.REVENUE, null);
	}

	public static LedgerAccount payoutsInTransit() {
		return new LedgerAccount("payouts-in-transit", Kind.PAYOUTS_IN_TRANSIT, null);
	}

	public static LedgerAccount refunds() {
		return new LedgerAccount("refunds", Kind.REFUNDS, null);
	}

	public static LedgerAccount pending(UUID user) {
		return new LedgerAccount("pending:" + user, Kind.WALLET_PENDING, user);
	}

	public static LedgerAccount available(UUID user) {
		return new LedgerAccount("available:" + user, Kind.WALLET_AVAILABLE, user);
	}

	public static LedgerAccount escrow(UUID contract) {
		return new LedgerAccount("escrow:" + contract, Kind.ESCROW, contract);
	}
}
