package com.alujrat.projects.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the person wrote as an employer or a bidder loses its words (a project stays as a removed, closed shell for the
 * bids and contracts that point to it); their saved searches go.
 */
@Component
class ProjectErasure implements Erasable {

	private final JdbcClient jdbc;

	ProjectErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		jdbc.sql("""
				update projects.projects set title = 'Removed project', description = '', city = '', area = '',
				    search = ''::tsvector, status = case when status in ('OPEN', 'DRAFT') then 'CLOSED' else status end
				where employer_id = ?""")
			.param(id)
			.update();
		jdbc.sql("update projects.bids set cover_letter = '' where freelancer_id = ?").param(id).update();
		jdbc.sql("delete from projects.saved_searches where freelancer_id = ?").param(id).update();
	}
}
