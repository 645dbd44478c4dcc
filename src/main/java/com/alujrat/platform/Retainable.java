package com.alujrat.platform;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A category of personal data its module can let go of when the operator configures a retention rule for it
 * (policy 4.3: indefinite unless configured otherwise). Records of people under a legal hold ({@code held}) are
 * never touched.
 */
public interface Retainable {

	/** The category's name as in {@code alujrat.privacy.retention.<category>} and "Your data". */
	String category();

	/** Deletes the category's records older than {@code cutoff}; how many went. */
	int delete(Instant cutoff, Set<UUID> held);

	/** Takes the person out of the records older than {@code cutoff}, keeping what is left for statistics. */
	int anonymise(Instant cutoff, Set<UUID> held);
}
