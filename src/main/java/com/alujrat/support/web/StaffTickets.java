package com.alujrat.support.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.alujrat.shared.SignedInUser;
import com.alujrat.support.internal.Tickets;

/** The queues a staff member works (their roles, counted only with two-factor on), and who may be assigned. */
final class StaffTickets {

	private StaffTickets() {
	}

	static Set<String> roles(SignedInUser staff) {
		return Set.of("SUPPORT", "LEGAL").stream().filter(staff::actsAsStaff).collect(Collectors.toSet());
	}

	static Map<UUID, String> names(Tickets tickets, String queue) {
		Map<UUID, String> names = new LinkedHashMap<>();
		tickets.staffOf(queue).forEach(id -> names.put(id.value(), tickets.staffName(id)));
		return names;
	}
}
