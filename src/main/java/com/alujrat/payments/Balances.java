package com.alujrat.payments;

import com.alujrat.payments.internal.Wallets;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What the platform still owes a user (earnings clearing and available to withdraw), and payments still in flight. */
@Service
public class Balances {

	private final Wallets wallets;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Balances(Wallets wallets, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.wallets = wallets;
		this.jdbc = jdbc;
	}

	/**
	 * Whether a payment the user started may still settle: a checkout waiting for its gateway, or one expired within
	 * the last day (gateways are asked about those again, and a late answer still moves money).
	 */
	public boolean paying(UserId user) {
		return jdbc.sql("""
				select exists (select 1 from payments.checkouts where payer_id = ?
				    and (status = 'PENDING' or (status = 'EXPIRED' and expires_at > now() - interval '1 day')))""")
			.param(user.value())
			.query(Boolean.class)
			.single();
	}

	/** Pending plus available: money that is theirs and has not been paid out yet. */
	public Money unpaid(UserId user) {
		Wallets.Balance balance = wallets.balance(user);
		return new Money(balance.pending() + balance.available());
	}
}
