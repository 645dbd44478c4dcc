package com.alujrat.platform;

import java.util.List;

import com.alujrat.shared.UserId;

/**
 * A module that holds personal data erases a person's for real when the law requires it (policy 6: an unsupervised
 * minor). What the ledger needs stays under the pseudonymous id; everything that names or reaches the person goes.
 * The privacy module calls every implementation in one transaction, in {@link #order()}.
 */
public interface Erasable {

	/** Who is erased: their id, and the addresses (their own, their guardian's) and phone numbers (E.164) they used. */
	record Person(UserId id, List<String> emails, List<String> phones) {
	}

	void erase(Person person);

	/** Lower first; the account itself (which the others may still read) goes last. */
	default int order() {
		return 0;
	}
}
