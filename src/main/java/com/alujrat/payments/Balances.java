package com.alujrat.payments;

import com.alujrat.payments.internal.Wallets;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What the platform still owes a user: earnings clearing and available to withdraw. */
@Service
public class Balances {

	private final Wallets wallets;

	Balances(Wallets wallets) {
		this.wallets = wallets;
	}

	/** Pending plus available: money that is theirs and has not been paid out yet. */
	public Money unpaid(UserId user) {
		Wallets.Balance balance = wallets.balance(user);
		return new Money(balance.pending() + balance.available());
	}
}
