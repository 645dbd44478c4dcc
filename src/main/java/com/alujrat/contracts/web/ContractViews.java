package com.alujrat.contracts.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.contracts.internal.Agreements;
import com.alujrat.contracts.internal.Contract;
import com.alujrat.contracts.internal.Offer;
import com.alujrat.contracts.internal.OfferTerms;
import com.alujrat.profiles.ContractLinks;
import com.alujrat.shared.PersonName;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/** Offers and contracts as the API and pages show them to one of their parties (money in paisa). */
@Component
public class ContractViews {

	private final Accounts accounts;

	private final ContractLinks links;

	private final Clock clock;

	private final Agreements agreements;

	ContractViews(Accounts accounts, ContractLinks links, Clock clock, Agreements agreements) {
		this.agreements = agreements;
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	public record Party(UUID id, String name) {
	}

	public record OfferView(UUID id, UUID bidId, UUID projectId, String title, String terms, long total, String status,
			Instant createdAt, Instant expiresAt, Party employer, Party freelancer, List<OfferTerms.Step> milestones) {
	}

	public record MilestoneView(UUID id, String title, long amount, LocalDate dueDate, String status, String note,
			Instant submittedAt, boolean released, List<FileView> files) {
	}

	/** A delivered file; {@code url} downloads it. */
	public record FileView(UUID id, String name, long size, String url) {
	}

	public record ContractView(UUID id, String status, String title, String terms, Instant createdAt, Instant endedAt,
			boolean employerAskedToEnd, boolean freelancerAskedToEnd, Party employer, Party freelancer,
			List<MilestoneView> milestones) {
	}

	public record Page<T>(List<T> items, String next) {
	}

	public OfferView offer(Offer o) {
		boolean linked = links.hasContractBetween(new UserId(o.employerId()), new UserId(o.freelancerId()));
		return new OfferView(o.id(), o.bidId(), o.projectId(), o.title(), o.terms(), o.total(),
				o.statusAt(clock.instant()).name(), o.createdAt(), o.expiresAt(), party(o.employerId(), linked),
				party(o.freelancerId(), linked), o.milestones());
	}

	/** A contract links its parties, so each sees the other's full name. */
	public ContractView contract(Contract c) {
		return new ContractView(c.id(), c.status().name(), c.title(), c.terms(), c.createdAt(), c.endedAt(),
				c.employerEnds(), c.freelancerEnds(), party(c.employerId(), true), party(c.freelancerId(), true),
				c.milestones()
					.stream()
					.map(m -> new MilestoneView(m.id(), m.title(), m.amount(), m.dueDate(), m.status().name(), m.note(),
							m.submittedAt(), m.released(), agreements.files(m.id())
								.stream()
								.map(f -> new FileView(f.id(), f.name(), f.size(),
										"/contracts/" + c.id() + "/milestones/" + m.id() + "/files/" + f.id()))
								.toList()))
					.toList());
	}

	private Party party(UUID id, boolean fullName) {
		String name = accounts.find(new UserId(id)).map(a -> a.fullName()).orElse("");
		return new Party(id, fullName ? name : PersonName.shortForm(name));
	}
}
