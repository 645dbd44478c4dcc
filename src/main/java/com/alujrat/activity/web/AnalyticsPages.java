package com.alujrat.activity.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.alujrat.activity.internal.Analytics;
import com.alujrat.activity.internal.Analytics.Dashboard;
import com.alujrat.activity.internal.Analytics.Ranked;
import com.alujrat.platform.Rejected;
import com.alujrat.profiles.Taxonomy;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The ADMIN analytics dashboard: charts for a date range, the same figures as CSV and as JSON for the apps. */
@Controller
class AnalyticsPages {

	private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

	private final Analytics analytics;

	private final Taxonomy taxonomy;

	private final JsonMapper json;

	AnalyticsPages(Analytics analytics, Taxonomy taxonomy, JsonMapper json) {
		this.analytics = analytics;
		this.taxonomy = taxonomy;
		this.json = json;
	}

	@GetMapping("/staff/analytics")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Dashboard dashboard;
		try {
			dashboard = dashboard(from, to);
		}
		catch (Rejected rejected) {
			model.addAttribute("rangeError", true);
			dashboard = dashboard(null, null);
		}
		Figures figures = figures(dashboard);
		model.addAttribute("figures", figures);
		model.addAttribute("chartData", json.writeValueAsString(figures));
		return "activity/analytics";
	}

	@GetMapping("/staff/analytics.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Dashboard dashboard = dashboard(from, to);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("analytics-" + dashboard.from() + "-" + dashboard.to() + ".csv")
				.build()
				.toString())
			.body(analytics.csv(dashboard).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/v1/staff/analytics")
	@ResponseBody
	@Operation(summary = "Daily figures, the verification funnel and top categories and cities for a date range (ADMIN)")
	Figures api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures(dashboard(from, to));
	}

	/** The last 30 days when no range is given. */
	private Dashboard dashboard(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(KARACHI);
		LocalDate end = to == null ? today : to;
		return analytics.of(from == null ? end.minusDays(29) : from, end);
	}

	private Figures figures(Dashboard d) {
		String lang = LocaleContextHolder.getLocale().getLanguage();
		Map<String, String> names = new LinkedHashMap<>();
		taxonomy.categories().forEach(c -> names.put(c.id(), c.name(lang)));
		List<Ranked> categories = d.topCategories()
			.stream()
			.map(r -> new Ranked(names.getOrDefault(r.name(), r.name()), r.value()))
			.toList();
		return new Figures(d.from(), d.to(), d.days(), d.daily(), d.funnel(), categories, d.topCities());
	}
}
