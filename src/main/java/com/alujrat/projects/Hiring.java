package com.alujrat.projects;

import java.time.Clock;
import java.util.Optional;

import com.alujrat.projects.internal.Bidding;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What modules above ask of projects: the bid an offer answers, marking it hired, and whether an employer and a
 * freelancer met over a project (a bid or an invitation), which lets them talk.
 */
@Service
public class Hiring {

	private final Bidding bidding;

	private final Clock clock;

	Hiring(Bidding bidding, Clock clock) {
		this.bidding = bidding;
		this.clock = clock;
	}

	/** A live bid on an open project, as an offer quotes it. Amount in paisa. */
	public record Candidate(BidId bid, ProjectId project, String projectTitle, UserId employer, UserId freelancer,
			long amount, int deliveryDays) {
	}

	/** The bid, if it is live, on an open project of this employer; empty for anyone else. */
	public Optional<Candidate> candidate(BidId bid, UserId employer) {
		return bidding.candidate(bid.value(), employer).map(found -> new Candidate(bid,
				new ProjectId(found.project().id()), found.project().details().title(), employer,
				new UserId(found.bid().freelancerId()), found.bid().amount(), found.bid().deliveryDays()));
	}

	/** The project's title if it is this employer's and the freelancer bid on it or was invited to it. */
	public Optional<String> met(ProjectId project, UserId employer, UserId freelancer) {
		return bidding.sharedTitle(project.value(), employer, freelancer);
	}

	/** The freelancer of this bid was hired: the bid and its project are marked so and bidding ends. */
	@Transactional
	public void hired(BidId bid) {
		bidding.hire(bid.value(), clock.instant());
	}

}
