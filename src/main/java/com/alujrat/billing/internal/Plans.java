package com.alujrat.billing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans on offer, as staff keep them. */
@Service
public class Plans {

	private static final String COLUMNS = """
			id, code, audience, name_en, name_ur, monthly_price, yearly_price, project_access, monthly_bids,
			featured_projects, is_default, active""";

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Prices and what they grant; staff may change them (a change applies from the next payment). */
	public record Changes(Long monthlyPrice, Long yearlyPrice, Integer monthlyBids, Boolean active) {
	}

	public List<Plan> offered() {
		return jdbc.sql("select " + COLUMNS + " from billing.plans where active order by position").query(Plans::map).list();
	}

	public List<Plan> all() {
		return jdbc.sql("select " + COLUMNS + " from billing.plans order by position").query(Plans::map).list();
	}

	public Optional<Plan> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from billing.plans where id = ?").param(id).query(Plans::map).optional();
	}

	public Plan defaultFor(String audience) {
		return jdbc.sql("select " + COLUMNS + " from billing.plans where audience = ? and is_default")
			.param(audience)
			.query(Plans::map)
			.single();
	}

	@Transactional
	public Plan change(UUID id, Changes changes) {
		Plan plan = find(id).orElseThrow(() -> new NotFound("No such plan."));
		long monthly = changes.monthlyPrice() == null ? plan.monthlyPrice() : changes.monthlyPrice();
		long yearly = changes.yearlyPrice() == null ? plan.yearlyPrice() : changes.yearlyPrice();
		if (monthly < 0) {
			throw new Rejected("monthlyPrice", "plan.price.invalid");
		}
		if (yearly < 0) {
			throw new Rejected("yearlyPrice", "plan.price.invalid");
		}
		if (plan.isDefault() && (monthly > 0 || yearly > 0)) {
			throw new Rejected("monthlyPrice", "plan.default.free");
		}
		Integer bids = changes.monthlyBids() == null ? plan.monthlyBids() : changes.monthlyBids();
		if ("FREELANCER".equals(plan.audience()) && (bids == null || bids < 0 || bids > 10_000)) {
			throw new Rejected("monthlyBids", "plan.bids.invalid");
		}
		boolean active = changes.active() == null ? plan.active() : changes.active();
		if (plan.isDefault() && !active) {
			throw new Rejected("active", "plan.default.active");
		}
		jdbc.sql("update billing.plans set monthly_price = ?, yearly_price = ?, monthly_bids = ?, active = ? where id = ?")
			.params(monthly, yearly, "FREELANCER".equals(plan.audience()) ? bids : null, active, id)
			.update();
		return find(id).orElseThrow();
	}

	private static Plan map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Plan(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("audience"),
				rs.getString("name_en"), rs.getString("name_ur"), rs.getLong("monthly_price"), rs.getLong("yearly_price"),
				rs.getBoolean("project_access"), rs.getObject("monthly_bids", Integer.class),
				rs.getBoolean("featured_projects"), rs.getBoolean("is_default"), rs.getBoolean("active"));
	}
}
