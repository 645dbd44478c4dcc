package com.alujrat.contracts.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.contracts.internal.Disputes;
import com.alujrat.contracts.internal.OfferTerms;
import com.alujrat.contracts.internal.Offers;
import com.alujrat.platform.NotFound;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Offers, contracts and milestones for the mobile apps; only the two parties see or touch either. */
@RestController
@RequestMapping("/api/v1")
class ContractApi {

	private final Offers offers;

	private final Agreements agreements;

	private final ContractViews views;

	private final Disputes disputes;

	ContractApi(Offers offers, Agreements agreements, ContractViews views, Disputes disputes) {
		this.disputes = disputes;
		this.offers = offers;
		this.agreements = agreements;
		this.views = views;
	}

	record Created(UUID id) {
	}

	record Note(String note) {
	}

	record NewDispute(UUID milestoneId, String reason, String evidence) {
	}

	record Decision(String decision, Long freelancerShare, String reason) {
	}

	@PostMapping("/offers")
	@Operation(summary = "Offer a contract on a bid on one of the caller's projects; milestone amounts make the total")
	ResponseEntity<Created> offer(@RequestBody OfferTerms terms) {
		UUID id = offers.send(me(), terms);
		return ResponseEntity.created(URI.create("/api/v1/offers/" + id)).body(new Created(id));
	}

	@GetMapping("/offers/{id}")
	@Operation(summary = "An offer the caller sent or received")
	ContractViews.OfferView offer(@PathVariable UUID id) {
		return views.offer(offers.seen(id, me()));
	}

	@GetMapping("/me/offers")
	@Operation(summary = "The offers the caller sent or received, newest first")
	ContractViews.Page<ContractViews.OfferView> myOffers(@RequestParam(required = false) String after) {
		Offers.Page page = offers.of(me(), after);
		return new ContractViews.Page<>(page.items().stream().map(views::offer).toList(), page.next());
	}

	@PostMapping("/offers/{id}/accept")
	@Operation(summary = "Accept an offer (identity-verified freelancers): the contract starts")
	ResponseEntity<Created> accept(@PathVariable UUID id) {
		UUID contract = offers.accept(id, me());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + contract)).body(new Created(contract));
	}

	@PostMapping("/offers/{id}/decline")
	@Operation(summary = "Decline an offer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@PathVariable UUID id) {
		offers.decline(id, me());
	}

	@PostMapping("/offers/{id}/withdraw")
	@Operation(summary = "Withdraw a pending offer the caller sent")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable UUID id) {
		offers.withdraw(id, me());
	}

	@GetMapping("/me/contracts")
	@Operation(summary = "The caller's contracts, newest first")
	ContractViews.Page<ContractViews.ContractView> myContracts(@RequestParam(required = false) String after) {
		Agreements.Page page = agreements.of(me(), after);
		return new ContractViews.Page<>(page.items().stream().map(views::contract).toList(), page.next());
	}

	@GetMapping("/contracts/{id}")
	@Operation(summary = "A contract the caller is a party to")
	ContractViews.ContractView contract(@PathVariable UUID id) {
		return views.contract(agreements.seen(id, me()));
	}

	@PostMapping("/contracts/{id}/milestones/{milestoneId}/submit")
	@Operation(summary = "Submit the work of a funded milestone (the freelancer), with a note")
	ContractViews.ContractView submit(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestBody Note note) {
		agreements.submit(id, milestoneId, me(), note.note());
		return contract(id);
	}

	@PostMapping(value = "/contracts/{id}/milestones/{milestoneId}/files", consumes = "multipart/form-data")
	@Operation(summary = "Attach delivered work to a funded milestone (the freelancer; PDF, image or Office, 20 MB)")
	ResponseEntity<Created> attach(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		var added = agreements.attach(id, milestoneId, me(), file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/contracts/" + id + "/milestones/" + milestoneId + "/files/" + added.id()))
			.body(new Created(added.id()));
	}

	@PostMapping("/contracts/{id}/milestones/{milestoneId}/approve")
	@Operation(summary = "Approve a submitted milestone (the employer): its escrow is released")
	ContractViews.ContractView approve(@PathVariable UUID id, @PathVariable UUID milestoneId) {
		agreements.approve(id, milestoneId, me());
		return contract(id);
	}

	@PostMapping("/contracts/{id}/milestones/{milestoneId}/request-changes")
	@Operation(summary = "Send a submitted milestone back with what to change (the employer)")
	ContractViews.ContractView requestChanges(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestBody Note note) {
		agreements.requestChanges(id, milestoneId, me(), note.note());
		return contract(id);
	}

	@PostMapping("/contracts/{id}/end")
	@Operation(summary = "Ask to end the contract early; it ends when both parties have asked")
	ContractViews.ContractView end(@PathVariable UUID id) {
		agreements.end(id, me());
		return contract(id);
	}

	@PostMapping("/contracts/{id}/disputes")
	@Operation(summary = "Dispute a funded or submitted milestone: its money is frozen until SUPPORT decides")
	ResponseEntity<Created> dispute(@PathVariable UUID id, @RequestBody NewDispute dispute) {
		UUID created = disputes.open(id, dispute.milestoneId(), me(), dispute.reason(), dispute.evidence());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/disputes")).body(new Created(created));
	}

	@PostMapping(value = "/contracts/{id}/disputes/{disputeId}/files", consumes = "multipart/form-data")
	@Operation(summary = "Add a file of evidence to an open dispute on the caller's contract (PDF, image or Office)")
	ResponseEntity<Created> evidence(@PathVariable UUID id, @PathVariable UUID disputeId,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		agreements.seen(id, me());
		var added = disputes.attach(disputeId, me(), file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/disputes/" + disputeId + "/files/" + added.id()))
			.body(new Created(added.id()));
	}

	@GetMapping("/contracts/{id}/disputes")
	@Operation(summary = "The disputes on a contract the caller is a party to, with staff decisions")
	List<Disputes.Dispute> disputes(@PathVariable UUID id) {
		agreements.seen(id, me());
		return disputes.on(id);
	}

	@GetMapping("/staff/disputes")
	@Operation(summary = "The open disputes, oldest first (SUPPORT): ids and dates only until one is opened")
	List<Disputes.Queued> queue() {
		return disputes.queue();
	}

	@GetMapping("/staff/disputes/{id}")
	@Operation(summary = "A dispute with its contract (SUPPORT), for a purpose (DISPUTE, SUPPORT_REQUEST, FRAUD_CHECK, LEGAL_REQUEST) that is logged")
	StaffDispute staffDispute(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
		Disputes.Dispute dispute = disputes.seenByStaff(id, me(), purpose)
			.orElseThrow(() -> new NotFound("No such dispute."));
		return new StaffDispute(dispute, views.contract(agreements.find(dispute.contractId()).orElseThrow()));
	}

	@PostMapping("/staff/disputes/{id}/decision")
	@Operation(summary = "Decide a dispute (SUPPORT): release, refund, or split with the freelancer's share in paisa")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decide(@PathVariable UUID id, @RequestBody Decision decision) {
		disputes.decide(id, me(), decision.decision(), decision.freelancerShare(), decision.reason());
	}

	record StaffDispute(Disputes.Dispute dispute, ContractViews.ContractView contract) {
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
