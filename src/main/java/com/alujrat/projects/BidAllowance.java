package com.alujrat.projects;

import com.alujrat.projects.internal.Bidding;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** How many bids a freelancer used this calendar month (Pakistan time), for what their plan leaves them. */
@Service
public class BidAllowance {

	private final Bidding bidding;

	BidAllowance(Bidding bidding) {
		this.bidding = bidding;
	}

	public int usedThisMonth(UserId freelancer) {
		return bidding.usedThisMonth(freelancer);
	}
}
