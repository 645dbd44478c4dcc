package com.alujrat.profiles.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.alujrat.profiles.Section;
import com.alujrat.profiles.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each owner's choice of who sees each section; sections they never changed keep the platform's default. */
@Component
public class VisibilitySettings {

	private final JdbcClient jdbc;

	VisibilitySettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Section, Visibility> of(UUID userId) {
		Map<Section, Visibility> settings = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			settings.put(section, section.byDefault());
		}
		jdbc.sql("select section, level from profiles.section_visibility where user_id = ?")
			.param(userId)
			.query((rs, n) -> Map.entry(Section.valueOf(rs.getString(1)), Visibility.valueOf(rs.getString(2))))
			.list()
			.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
		return settings;
	}

	/** Refuses choices the rules forbid: phone and email may never be public. */
	public void check(Map<Section, Visibility> choices) {
		choices.forEach((section, level) -> {
			if (level == null) {
				throw new ProfileRejected("visibility." + section.name(), "profile.visibility.invalid");
			}
			if (level == Visibility.PUBLIC && Section.NEVER_PUBLIC.contains(section)) {
				throw new ProfileRejected("visibility." + section.name(), "profile.visibility.neverPublic");
			}
		});
	}

	public void set(UUID userId, Map<Section, Visibility> choices) {
		check(choices);
		choices.forEach((section, level) -> jdbc.sql("""
				insert into profiles.section_visibility (user_id, section, level) values (?, ?, ?)
				on conflict (user_id, section) do update set level = excluded.level""")
			.params(userId, section.name(), level.name())
			.update());
	}
}
