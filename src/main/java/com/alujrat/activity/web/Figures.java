package com.alujrat.activity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.alujrat.activity.internal.Analytics.Ranked;

/** The dashboard's figures as the page, the CSV and the API show them (category names in the reader's language). */
public record Figures(LocalDate from, LocalDate to, List<LocalDate> days, Map<String, List<Long>> daily,
		Map<String, Long> funnel, List<Ranked> topCategories, List<Ranked> topCities) {

	public long total(String metric) {
		return daily.get(metric).stream().mapToLong(Long::longValue).sum();
	}
}
