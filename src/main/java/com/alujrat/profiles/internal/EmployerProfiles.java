package com.alujrat.profiles.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.profiles.internal.ProfileData.EmployerFields;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An employer's profile: company (optional for individuals), size, website, description and location. */
@Service
public class EmployerProfiles {

	public static final List<String> COMPANY_SIZES = List.of("", "INDIVIDUAL", "2-10", "11-50", "51-200", "201+");

	private final JdbcClient jdbc;

	EmployerProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(UUID userId, EmployerFields fields, String photoKey, boolean verified) {
	}

	public Optional<Stored> find(UUID userId) {
		return jdbc.sql("""
				select company_name, company_size, website, description, city, area, photo_key, verified
				from profiles.employer_profiles where user_id = ?""")
			.param(userId)
			.query((rs, n) -> new Stored(userId, new EmployerFields(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7), rs.getBoolean(8)))
			.optional();
	}

	@Transactional
	public void ensure(UUID userId) {
		jdbc.sql("insert into profiles.employer_profiles (user_id) values (?) on conflict do nothing").param(userId).update();
	}

	@Transactional
	public void save(UUID userId, EmployerFields fields) {
		String size = fields.companySize() == null ? "" : fields.companySize().trim();
		if (!COMPANY_SIZES.contains(size)) {
			throw new ProfileRejected("companySize", "profile.companySize.invalid");
		}
		String website = FreelancerProfiles.text("website", fields.website(), 200);
		if (!website.isEmpty() && !website.matches("https?://[^\\s<>\"]+\\.[^\\s<>\"]+")) {
			throw new ProfileRejected("website", "profile.link.invalid");
		}
		ensure(userId);
		jdbc.sql("""
				update profiles.employer_profiles set company_name = ?, company_size = ?, website = ?, description = ?,
				    city = ?, area = ?, updated_at = now() where user_id = ?""")
			.params(FreelancerProfiles.text("companyName", fields.companyName(), 120), size, website,
					FreelancerProfiles.text("description", fields.description(), 5000),
					FreelancerProfiles.text("city", fields.city(), 60), FreelancerProfiles.text("area", fields.area(), 60),
					userId)
			.update();
	}
}
