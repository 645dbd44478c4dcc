package com.alujrat.notifications.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.alujrat.notifications.Delivery;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Per topic, how a user wants to hear about it. A topic never chosen is shown and mailed. */
@Component
public class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Choice(Topic topic, Delivery delivery, boolean locked) {
	}

	public Delivery delivery(UserId user, Topic topic) {
		if (topic.locked()) {
			return Delivery.EMAIL;
		}
		return jdbc.sql("select delivery from notifications.preferences where user_id = ? and topic = ?")
			.params(user.value(), topic.name())
			.query(String.class)
			.optional()
			.map(Delivery::valueOf)
			.orElse(Delivery.EMAIL);
	}

	public List<Choice> of(UserId user) {
		Map<String, String> chosen = jdbc.sql("select topic, delivery from notifications.preferences where user_id = ?")
			.param(user.value())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return Arrays.stream(Topic.values())
			.map(topic -> new Choice(topic,
					topic.locked() ? Delivery.EMAIL : Delivery.valueOf(chosen.getOrDefault(topic.name(), "EMAIL")),
					topic.locked()))
			.toList();
	}

	/** Saves the choices given; a locked topic may only be given as EMAIL (it cannot be turned down). */
	@Transactional
	public void choose(UserId user, Map<Topic, Delivery> choices) {
		choices.forEach((topic, delivery) -> {
			if (topic.locked() && delivery != Delivery.EMAIL) {
				throw new Rejected("topics", "notifications.preferences.locked");
			}
		});
		choices.forEach((topic, delivery) -> {
			if (!topic.locked()) {
				jdbc.sql("""
						insert into notifications.preferences (user_id, topic, delivery) values (?, ?, ?)
						on conflict (user_id, topic) do update set delivery = excluded.delivery""")
					.params(user.value(), topic.name(), delivery.name())
					.update();
			}
		});
	}
}
