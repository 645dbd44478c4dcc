package com.alujrat.contracts.internal;

import com.alujrat.catalog.OrderPlaced;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A service order becomes its contract in the order's own transaction (a plain listener, not an asynchronous one):
 * an order never exists without its contract.
 */
@Component
class OrderContracts {

	private final Agreements agreements;

	OrderContracts(Agreements agreements) {
		this.agreements = agreements;
	}

	@EventListener
	void on(OrderPlaced order) {
		agreements.startFromOrder(order);
	}
}
