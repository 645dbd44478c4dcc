package com.alujrat.payments.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The gateway adapters by name. */
@Component
public class Gateways {

	private final Map<Gateway, PaymentGateway> adapters = new EnumMap<>(Gateway.class);

	Gateways(List<PaymentGateway> adapters) {
		adapters.forEach(a -> this.adapters.put(a.gateway(), a));
	}

	public PaymentGateway of(Gateway gateway) {
		return adapters.get(gateway);
	}

	/** The gateways payers may choose here, in a stable order. */
	public List<Gateway> offered() {
		return adapters.values().stream().filter(PaymentGateway::enabled).map(PaymentGateway::gateway).sorted().toList();
	}
}
