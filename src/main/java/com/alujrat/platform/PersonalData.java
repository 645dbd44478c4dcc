package com.alujrat.platform;

import java.util.List;
import java.util.Map;

import com.alujrat.shared.UserId;

/**
 * What one module holds about a person, described by the module that owns it (policy 5: access and correction).
 * The privacy module lists every implementation on the "Your data" page and writes each into the data export, so a
 * module that starts keeping something personal says so here and both follow.
 */
public interface PersonalData {

	/** A short stable name ("profile", "messages"): the key in {@code /api/v1/me/data} and the export's file name. */
	String category();

	/** One sentence on what the category holds, for the export's README. */
	String description();

	/** How many records of this category are held about the user. */
	long count(UserId user);

	/** The page where the user sees and corrects this category. */
	String correctionPath();

	/**
	 * The records as the user may see them: their own data in full, and of others only what was shared with them
	 * (messages in their conversations, yes; another person's private sections, no). JSON-ready values only.
	 */
	List<Map<String, Object>> export(UserId user);

	/** Files the user uploaded that belong to this category, by their file-store key. */
	default List<File> files(UserId user) {
		return List.of();
	}

	record File(String name, String key) {
	}
}
