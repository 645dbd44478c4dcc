package com.alujrat.profiles;

import com.alujrat.shared.UserId;

/** A user's published reviews in numbers, for their profile. The reviews module provides it. */
public interface Reputation {

	/** The average rating (0 when there is none) and how many published reviews it is over. */
	record Rating(double average, int count) {
	}

	Rating of(UserId user);
}
