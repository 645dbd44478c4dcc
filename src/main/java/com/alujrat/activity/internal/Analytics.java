package com.alujrat.activity.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.alujrat.platform.Rejected;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The staff dashboard's figures for a date range (Karachi days): the day's totals, which hold no person, and daily
 * active users counted only among people who consented to analytics.
 */
@Service
public class Analytics {

	/** The day-by-day figures, one list per metric, each as long as {@code days}. */
	public static final List<String> DAILY = List.of("activeUsers", "signups.EMPLOYER", "signups.FREELANCER",
			"emailVerified", "identityVerified", "projects", "bids", "contracts", "messages", "moneyPaisa");

	private final JdbcClient jdbc;

	Analytics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Ranked(String name, long value) {
	}

	public record Dashboard(LocalDate from, LocalDate to, List<LocalDate> days, Map<String, List<Long>> daily,
			Map<String, Long> funnel, List<Ranked> topCategories, List<Ranked> topCities) {

		public long total(String metric) {
			return daily.get(metric).stream().mapToLong(Long::longValue).sum();
		}
	}

	public Dashboard of(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw new Rejected("from", "analytics.range.invalid");
		}
		List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
		Map<String, List<Long>> daily = new LinkedHashMap<>();
		DAILY.forEach(metric -> daily.put(metric, new ArrayList<>(days.stream().map(d -> 0L).toList())));
		jdbc.sql("""
				select day, metric, dimension, value from activity.daily_counts
				where day between ? and ? and metric not in ('projectCategory', 'projectCity')""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(rs -> {
				String key = rs.getString("dimension").isEmpty() ? rs.getString("metric")
						: rs.getString("metric") + "." + rs.getString("dimension");
				List<Long> series = daily.get(key);
				if (series != null) {
					int at = days.indexOf(rs.getDate("day").toLocalDate());
					series.set(at, series.get(at) + rs.getLong("value"));
				}
			});
		jdbc.sql("""
				select (at at time zone 'Asia/Karachi')::date as day, count(distinct user_id) as users from (
				    select at, user_id from activity.requests where purpose = 'ANALYTICS' and user_id is not null
				    union all select at, user_id from activity.actions where purpose = 'ANALYTICS') seen
				where (at at time zone 'Asia/Karachi')::date between ? and ? group by 1""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(rs -> {
				daily.get("activeUsers").set(days.indexOf(rs.getDate("day").toLocalDate()), rs.getLong("users"));
			});
		Map<String, Long> funnel = new LinkedHashMap<>();
		Dashboard partial = new Dashboard(from, to, days, daily, funnel, List.of(), List.of());
		funnel.put("signups", partial.total("signups.EMPLOYER") + partial.total("signups.FREELANCER"));
		funnel.put("emailVerified", partial.total("emailVerified"));
		funnel.put("identityVerified", partial.total("identityVerified"));
		return new Dashboard(from, to, days, daily, funnel, top("projectCategory", from, to),
				top("projectCity", from, to));
	}

	private List<Ranked> top(String metric, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select dimension, sum(value) as total from activity.daily_counts
				where metric = ? and day between ? and ? and dimension <> ''
				group by dimension order by total desc, dimension limit 10""")
			.params(metric, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new Ranked(rs.getString("dimension"), rs.getLong("total")))
			.list();
	}

	/** The daily figures as CSV, one row per day. */
	public String csv(Dashboard dashboard) {
		StringBuilder csv = new StringBuilder("day," + String.join(",", DAILY) + "\r\n");
		for (int i = 0; i < dashboard.days().size(); i++) {
			csv.append(dashboard.days().get(i));
			for (String metric : DAILY) {
				csv.append(',').append(dashboard.daily().get(metric).get(i));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}
}
