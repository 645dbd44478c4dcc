package com.alujrat.catalog.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Services a freelancer listed (with packages and gallery pictures) and service orders on either side. */
@Component
class ServiceRecords implements PersonalData {

	private final JdbcClient jdbc;

	ServiceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "services";
	}

	@Override
	public String description() {
		return "Services you listed with their packages (prices in paisa), and service orders you placed or received with your answers.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from catalog.services where freelancer_id = ?)
				     + (select count(*) from catalog.orders where employer_id = ? or freelancer_id = ?)""",
				user.value(), user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/services";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Object id = user.value();
		List<Map<String, Object>> rows = DataRows.records("service", jdbc, """
				select id, title, description, category, skills, questions, status, created_at from catalog.services
				where freelancer_id = ? order by created_at""", id);
		rows.forEach(service -> service.put("packages", DataRows.of(jdbc,
				"select name, price, delivery_days, revisions, description from catalog.packages where service_id = cast(? as uuid) order by position", service.get("id"))));
		rows.addAll(DataRows.records("order", jdbc, """
				select o.id, s.title as service_title, o.package, o.employer_id, o.freelancer_id, o.answers, o.price,
				       o.contract_id, o.created_at
				from catalog.orders o join catalog.services s on s.id = o.service_id
				where o.employer_id = ? or o.freelancer_id = ? order by o.created_at""", id, id));
		return rows;
	}

	@Override
	public List<File> files(UserId user) {
		return jdbc.sql("""
				select g.image_key from catalog.gallery g join catalog.services s on s.id = g.service_id
				where s.freelancer_id = ?""")
			.param(user.value())
			.query(String.class)
			.list()
			.stream()
			.map(key -> new File("services/" + key.replace('/', '_'), key))
			.toList();
	}
}
