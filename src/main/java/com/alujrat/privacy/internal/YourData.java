package com.alujrat.privacy.internal;

import java.util.Comparator;
import java.util.List;

import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * Everything held about a user, as each module describes it (policy 5: access and correction), and every look staff
 * took beyond what a registered user sees ("who saw my data").
 */
@Service
public class YourData {

	/** The order a person reads them in: who they are, what they did, what they agreed to. */
	private static final List<String> ORDER = List.of("account", "verification", "profile", "projects", "bids",
			"services", "contracts", "messages", "payments", "subscriptions", "reviews", "support", "files", "usage",
			"consents", "notifications");

	private final List<PersonalData> sources;

	private final List<StaffAccess> accessLogs;

	YourData(List<PersonalData> sources, List<StaffAccess> accessLogs) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(YourData::rank)).toList();
		this.accessLogs = accessLogs;
	}

	public record Category(String category, String description, long count, String link) {
	}

	public List<Category> of(UserId user) {
		return sources.stream()
			.map(s -> new Category(s.category(), s.description(), s.count(user), s.correctionPath()))
			.toList();
	}

	public List<PersonalData> sources() {
		return sources;
	}

	/**
	 * Newest first, across every module that logs staff looks. While a disclosure about the person may not be told,
	 * looks made for a legal request are held back too: they would tell it.
	 */
	public List<StaffAccess.Look> accessLog(UserId user, boolean gagged) {
		return accessLogs.stream()
			.flatMap(log -> log.of(user).stream())
			.filter(look -> !gagged || !"LEGAL_REQUEST".equals(look.purpose()))
			.sorted(Comparator.comparing(StaffAccess.Look::at).reversed())
			.toList();
	}

	private static int rank(PersonalData source) {
		int at = ORDER.indexOf(source.category());
		return at < 0 ? ORDER.size() : at;
	}
}
