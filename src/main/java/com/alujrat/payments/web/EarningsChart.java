package com.alujrat.payments.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Net earnings per month as bars of an inline SVG chart (drawn on the server: no chart script to download), with
 * the figures also given as a table for screen readers.
 */
public record EarningsChart(List<Bar> bars, long max) {

	/** {@code height} is the bar's share of the tallest, 0–100. */
	public record Bar(YearMonth month, long paisa, int height) {
	}

	static EarningsChart of(Map<YearMonth, Long> months) {
		long max = months.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Bar> bars = months.entrySet()
			.stream()
			.map(e -> new Bar(e.getKey(), e.getValue(), max == 0 ? 0 : (int) (e.getValue() * 100 / max)))
			.toList();
		return new EarningsChart(bars, max);
	}

	public boolean empty() {
		return max == 0;
	}
}
