package com.alujrat.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.platform.FileStore;
import com.alujrat.platform.Keyset;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.PhotoCheck;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.TextSearch;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services: an identity-verified freelancer lists one; registered users find them by words and category, newest
 * first by keyset; a gallery of up to 6 images checked by content.
 */
@Service
public class Listings {

	static final int PAGE = 20;

	static final int MAX_IMAGES = 6;

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	private final Accounts accounts;

	private final Verifications verifications;

	private final PhotoCheck photos;

	private final FileStore files;

	private final Clock clock;

	Listings(JdbcClient jdbc, Taxonomy taxonomy, Accounts accounts, Verifications verifications, PhotoCheck photos,
			FileStore files, Clock clock) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.accounts = accounts;
		this.verifications = verifications;
		this.photos = photos;
		this.files = files;
		this.clock = clock;
	}

	/** A service with its packages and gallery (image positions). */
	public record Listing(UUID id, UUID freelancerId, ServiceDetails details, String status, Instant createdAt,
			List<Integer> gallery) {

		public long fromPrice() {
			return details.packages().stream().mapToLong(ServiceDetails.Package::price).min().orElse(0);
		}
	}

	public record Page(List<Listing> items, String next) {
	}

	@Transactional
	public UUID list(SignedInUser freelancer, ServiceDetails details) {
		UserId me = freelancer.id();
		if (!"FREELANCER".equals(freelancer.accountType())) {
			throw Rejected.forbidden("type", "service.freelancersOnly");
		}
		if (!accounts.mayTransact(me) || !verifications.isVerified(me)) {
			throw Rejected.forbidden("verification", "service.unverified");
		}
		ServiceDetails d = details.checked(taxonomy);
		UUID id = UUID.randomUUID();
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("me", me.value());
		params.put("title", d.title());
		params.put("description", d.description());
		params.put("category", d.category());
		params.put("skills", d.skills().toArray(String[]::new));
		params.put("questions", d.questions().toArray(String[]::new));
		params.put("createdAt", Timestamp.from(clock.instant()));
		params.put("skillNames", taxonomy.searchText(d.skills()));
		jdbc.sql("""
				insert into catalog.services (id, freelancer_id, title, description, category, skills, questions, status,
				    created_at, search)
				values (:id, :me, :title, :description, :category, :skills, :questions, 'ACTIVE', :createdAt, %s)"""
			.formatted(TextSearch.VECTOR))
			.params(params)
			.update();
		for (int i = 0; i < d.packages().size(); i++) {
			ServiceDetails.Package p = d.packages().get(i);
			jdbc.sql("""
					insert into catalog.packages (service_id, position, name, price, delivery_days, revisions, description)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i + 1, p.name(), p.price(), p.deliveryDays(), p.revisions(), p.description())
				.update();
		}
		return id;
	}

	/** The service if the user may see it: any signed-in user an active one, its owner and staff a paused one. */
	public Listing seen(UUID id, SignedInUser user) {
		if (user == null) {
			throw notFound();
		}
		return find(id).filter(s -> "ACTIVE".equals(s.status()) || s.freelancerId().equals(user.id().value())
				|| user.isStaff() && user.twoFactor())
			.orElseThrow(Listings::notFound);
	}

	public Page search(String q, String category, String after) {
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 200) {
			throw new Rejected("q", "search.q.tooLong");
		}
		String cat = category == null || category.isBlank() ? null : category;
		if (cat != null && taxonomy.categories().stream().noneMatch(c -> c.id().equals(cat))) {
			throw new Rejected("category", "project.category.invalid");
		}
		Keyset cursor = Keyset.parse(after, "after");
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("s.status = 'ACTIVE'");
		if (text != null) {
			where.append(" and s.search @@ query.q");
			params.put("q", text);
		}
		if (cat != null) {
			where.append(" and s.category = :category");
			params.put("category", cat);
		}
		if (cursor != null) {
			where.append(" and (s.created_at, s.id) < (:at, :afterId)");
			params.put("at", cursor.timestamp());
			params.put("afterId", cursor.id());
		}
		params.put("limit", PAGE + 1);
		List<UUID> ids = jdbc.sql("select s.id from catalog.services s" + (text != null ? TextSearch.QUERY : "")
				+ " where " + where + " order by s.created_at desc, s.id desc limit :limit")
			.params(params)
			.query(UUID.class)
			.list();
		boolean more = ids.size() > PAGE;
		List<Listing> shown = (more ? ids.subList(0, PAGE) : ids).stream().map(id -> find(id).orElseThrow()).toList();
		Listing last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(shown, more ? new Keyset(last.createdAt(), last.id()).toString() : null);
	}

	/** Adds a gallery image (JPEG or PNG, checked by content) to the freelancer's own service. */
	@Transactional
	public int addImage(UUID id, UserId freelancer, byte[] image) {
		// One upload at a time per service, so two never take the same place in the gallery.
		jdbc.sql("select id from catalog.services where id = ? for update").param(id).query(UUID.class).optional();
		Listing listing = find(id).filter(s -> s.freelancerId().equals(freelancer.value())).orElseThrow(Listings::notFound);
		if (listing.gallery().size() >= MAX_IMAGES) {
			throw new Rejected("image", "service.gallery.full", org.springframework.http.HttpStatus.BAD_REQUEST, "validation", MAX_IMAGES);
		}
		PhotoCheck.CleanPhoto clean = photos.clean("image", image);
		int position = listing.gallery().size() + 1;
		String key = "catalog/" + id + "/" + position + ("png".equals(clean.format()) ? ".png" : ".jpg");
		files.put(key, clean.bytes());
		jdbc.sql("insert into catalog.gallery (service_id, position, image_key) values (?, ?, ?)")
			.params(id, position, key)
			.update();
		return position;
	}

	/** A gallery image's bytes, for whoever may see the service. */
	public java.util.Optional<byte[]> image(UUID id, int position, SignedInUser user) {
		seen(id, user);
		return jdbc.sql("select image_key from catalog.gallery where service_id = ? and position = ?")
			.params(id, position)
			.query(String.class)
			.optional()
			.flatMap(files::get);
	}

	java.util.Optional<Listing> find(UUID id) {
		List<ServiceDetails.Package> packages = jdbc.sql("""
				select name, price, delivery_days, revisions, description from catalog.packages
				where service_id = ? order by position""")
			.param(id)
			.query((rs, n) -> new ServiceDetails.Package(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5)))
			.list();
		List<Integer> gallery = jdbc.sql("select position from catalog.gallery where service_id = ? order by position")
			.param(id)
			.query(Integer.class)
			.list();
		return jdbc.sql("""
				select id, freelancer_id, title, description, category, skills, questions, status, created_at
				from catalog.services where id = ?""")
			.param(id)
			.query((rs, n) -> listing(rs, packages, gallery))
			.optional();
	}

	private static Listing listing(ResultSet rs, List<ServiceDetails.Package> packages, List<Integer> gallery)
			throws SQLException {
		return new Listing(rs.getObject("id", UUID.class), rs.getObject("freelancer_id", UUID.class),
				new ServiceDetails(rs.getString("title"), rs.getString("description"), rs.getString("category"),
						strings(rs.getArray("skills")), packages, strings(rs.getArray("questions"))),
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(), gallery);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	static NotFound notFound() {
		return new NotFound("No such service.");
	}
}
