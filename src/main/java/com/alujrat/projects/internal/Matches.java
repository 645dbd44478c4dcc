package com.alujrat.projects.internal;

import java.util.List;

import com.alujrat.profiles.Profiles;
import com.alujrat.shared.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Best matches" for a freelancer (the policy: "to personalize your experience"): open projects they may see,
 * ranked by how many of their skills a project asks for, whether its category is one they work in (their skills'
 * categories and those of projects they bid on), and, for on-site work, whether it is in their city; on-site
 * projects in other cities are left out.
 */
@Service
public class Matches {

	static final int SIZE = 20;

	private final JdbcClient jdbc;

	private final Profiles profiles;

	private final ProjectSight sight;

	Matches(JdbcClient jdbc, Profiles profiles, ProjectSight sight) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.sight = sight;
	}

	public List<Project> best(SignedInUser freelancer) {
		Profiles.Interests interests = profiles.interests(freelancer.id());
		List<String> history = jdbc.sql("""
				select distinct p.category from projects.bids b join projects.projects p on p.id = b.project_id
				where b.freelancer_id = ? limit 20""")
			.param(freelancer.id().value())
			.query(String.class)
			.list();
		String[] categories = java.util.stream.Stream.concat(interests.categories().stream(), history.stream())
			.distinct()
			.toArray(String[]::new);
		if (interests.skills().isEmpty() && categories.length == 0) {
			return List.of();
		}
		String shown = sight.hasProjectAccess(freelancer.id()) ? "(p.visibility = 'REGISTERED' or invited)" : "invited";
		return jdbc.sql("select " + ProjectStore.COLUMNS + " " + """
				from (select p.*, exists (select 1 from projects.invitations i where i.project_id = p.id
				          and i.freelancer_id = :me) as invited
				      from projects.projects p
				      where p.status = 'OPEN' and (p.skills && cast(:skills as text[]) or p.category = any(cast(:categories as text[])))) p
				where %s
				  and (p.location_mode = 'REMOTE' or :city = '' or lower(p.city) = lower(:city))
				  and not exists (select 1 from projects.bids b where b.project_id = p.id and b.freelancer_id = :me)
				order by cardinality(array(select unnest(p.skills) intersect select unnest(cast(:skills as text[])))) * 3
				    + case when p.category = any(cast(:categories as text[])) then 2 else 0 end
				    + case when p.location_mode = 'ONSITE' and lower(p.city) = lower(:city) then 1 else 0 end desc,
				    p.published_at desc
				limit :size""".formatted(shown))
			.param("me", freelancer.id().value())
			.param("skills", interests.skills().toArray(String[]::new))
			.param("categories", categories)
			.param("city", interests.city() == null ? "" : interests.city().strip())
			.param("size", SIZE)
			.query(ProjectStore::project)
			.list();
	}
}
