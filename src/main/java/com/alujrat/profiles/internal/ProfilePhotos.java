package com.alujrat.profiles.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.platform.FileStore;
import com.alujrat.platform.PhotoCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile photos (kept at 400 and 96 pixels) and portfolio images (at most five per item, 1600 pixels), checked
 * like every upload and stripped of metadata. Who may fetch them is decided by the profile's visibility.
 */
@Service
public class ProfilePhotos {

	public static final int LARGE = 400;

	public static final int SMALL = 96;

	static final int PORTFOLIO_SIDE = 1600;

	private final PhotoCheck check;

	private final FileStore files;

	private final JdbcClient jdbc;

	ProfilePhotos(PhotoCheck check, FileStore files, JdbcClient jdbc) {
		this.check = check;
		this.files = files;
		this.jdbc = jdbc;
	}

	/** Replaces the photo; the files of the previous one are removed once the new one is in place. */
	@Transactional
	public void setProfilePhoto(UUID userId, boolean freelancer, byte[] content) {
		List<PhotoCheck.CleanPhoto> sizes = check.cleanInSizes("photo", content, LARGE, SMALL);
		String key = "profiles/" + userId + "/photo-" + UUID.randomUUID();
		files.put(key + "-" + LARGE, sizes.get(0).bytes());
		files.put(key + "-" + SMALL, sizes.get(1).bytes());
		String table = freelancer ? "profiles.freelancer_profiles" : "profiles.employer_profiles";
		String previous = jdbc.sql("select photo_key from " + table + " where user_id = ? for update")
			.param(userId)
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("update " + table + " set photo_key = ?, updated_at = now() where user_id = ?").params(key, userId).update();
		if (previous != null) {
			files.delete(previous + "-" + LARGE);
			files.delete(previous + "-" + SMALL);
		}
	}

	public Optional<byte[]> profilePhoto(String photoKey, int size) {
		return photoKey == null ? Optional.empty() : files.get(photoKey + "-" + (size <= SMALL ? SMALL : LARGE));
	}

	@Transactional
	public int addPortfolioImage(UUID itemId, byte[] content) {
		int count = jdbc.sql("select count(*) from profiles.portfolio_images where item_id = ?")
			.param(itemId)
			.query(Integer.class)
			.single();
		if (count >= FreelancerProfiles.MAX_IMAGES_PER_ITEM) {
			throw new ProfileRejected("image", "profile.portfolio.tooManyImages");
		}
		PhotoCheck.CleanPhoto image = check.cleanInSizes("image", content, PORTFOLIO_SIDE).get(0);
		String key = "profiles/portfolio/" + itemId + "/" + UUID.randomUUID();
		files.put(key, image.bytes());
		int position = jdbc.sql("select coalesce(max(position), -1) + 1 from profiles.portfolio_images where item_id = ?")
			.param(itemId)
			.query(Integer.class)
			.single();
		jdbc.sql("insert into profiles.portfolio_images (item_id, image_key, position) values (?, ?, ?)")
			.params(itemId, key, position)
			.update();
		return position;
	}

	public Optional<byte[]> portfolioImage(UUID itemId, int position) {
		return jdbc.sql("select image_key from profiles.portfolio_images where item_id = ? and position = ?")
			.params(itemId, position)
			.query(String.class)
			.optional()
			.flatMap(files::get);
	}

}
