package com.alujrat.platform;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Query rows as JSON-ready maps for {@link PersonalData#export}: times as ISO-8601 text, ids as text, arrays as lists. */
public final class DataRows {

	private DataRows() {
	}

	public static List<Map<String, Object>> of(JdbcClient jdbc, String sql, Object... params) {
		return of(jdbc.sql(sql).params(params));
	}

	/** The rows of a statement whose parameters are already bound (by name, say). */
	public static List<Map<String, Object>> of(JdbcClient.StatementSpec statement) {
		return statement.query((rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			var meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				row.put(meta.getColumnLabel(i), plain(rs.getObject(i)));
			}
			return row;
		}).list();
	}

	/** Rows tagged with the kind of record they are, for a category that holds several ("experience", "education"). */
	public static List<Map<String, Object>> records(String record, JdbcClient jdbc, String sql, Object... params) {
		return of(jdbc, sql, params).stream().map(row -> {
			Map<String, Object> tagged = new LinkedHashMap<>();
			tagged.put("record", record);
			tagged.putAll(row);
			return tagged;
		}).collect(java.util.stream.Collectors.toList());
	}

	public static long count(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static Object plain(Object value) throws SQLException {
		if (value instanceof Timestamp time) {
			return time.toInstant().toString();
		}
		if (value instanceof Array array) {
			return Arrays.asList((Object[]) array.getArray());
		}
		if (value instanceof java.util.UUID || value instanceof java.sql.Date || value instanceof java.math.BigDecimal
				|| value instanceof org.postgresql.util.PGobject) {
			return value.toString();
		}
		return value;
	}
}
