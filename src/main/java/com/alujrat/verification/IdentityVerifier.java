package com.alujrat.verification;

import java.util.List;

/**
 * Automated checks that run on a submission before a person reviews it. The default checks format and
 * duplicates; a NADRA adapter can be added as another implementation.
 */
public interface IdentityVerifier {

	/** What the check found, for the reviewer; an empty list means nothing to flag. */
	List<String> check(Candidate candidate);

	/** The facts a check may use. The number is the normalised document number. */
	record Candidate(String legalName, DocumentType type, String country, String number, boolean numberUsedElsewhere) {
	}
}
