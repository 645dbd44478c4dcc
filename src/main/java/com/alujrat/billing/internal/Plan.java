package com.alujrat.billing.internal;

import java.util.Locale;
import java.util.UUID;

/** A plan: its prices in paisa and what it grants. {@code monthlyBids} is null for employers' plans. */
public record Plan(UUID id, String code, String audience, String nameEn, String nameUr, long monthlyPrice,
		long yearlyPrice, boolean projectAccess, Integer monthlyBids, boolean featuredProjects, boolean isDefault,
		boolean active) {

	public enum Period {
		MONTHLY, YEARLY
	}

	public long price(Period period) {
		return period == Period.YEARLY ? yearlyPrice : monthlyPrice;
	}

	public boolean free() {
		return monthlyPrice == 0 && yearlyPrice == 0;
	}

	public String name(Locale locale) {
		return "ur".equals(locale.getLanguage()) ? nameUr : nameEn;
	}
}
