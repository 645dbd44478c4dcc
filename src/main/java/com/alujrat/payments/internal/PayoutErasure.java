package com.alujrat.payments.internal;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger keeps amounts under the person's pseudonymous id, as it must; their payout accounts lose the holder's
 * name and the sealed number, and gateways' answers about their payments lose their words.
 */
@Component
class PayoutErasure implements Erasable {

	private final JdbcClient jdbc;

	PayoutErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void erase(Person person) {
		jdbc.sql("""
				update payments.payout_methods set account_title = '', number_sealed = ''::bytea, number_hint = '',
				    removed_at = coalesce(removed_at, now())
				where user_id = ?""")
			.param(person.id().value())
			.update();
		// What a gateway sent back about the person's payments (it may carry their phone number).
		jdbc.sql("update payments.callbacks set body = '' where checkout_id in (select id from payments.checkouts where payer_id = ?)")
			.param(person.id().value())
			.update();
	}
}
