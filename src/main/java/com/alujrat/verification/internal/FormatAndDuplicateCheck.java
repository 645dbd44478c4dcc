package com.alujrat.verification.internal;

import java.util.ArrayList;
import java.util.List;

import com.alujrat.verification.IdentityVerifier;

import org.springframework.stereotype.Component;

/** The default automated check: the number's format was already enforced; this flags duplicates for review. */
@Component
class FormatAndDuplicateCheck implements IdentityVerifier {

	@Override
	public List<String> check(Candidate candidate) {
		List<String> findings = new ArrayList<>();
		if (candidate.numberUsedElsewhere()) {
			findings.add("DUPLICATE_NUMBER");
		}
		return findings;
	}
}
