package com.alujrat.contracts.web;

import java.io.IOException;
import java.util.UUID;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.contracts.internal.Disputes;
import com.alujrat.contracts.internal.Offers;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.projects.BidId;
import com.alujrat.projects.Hiring;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The offer and contract pages: send an offer on a bid, answer it, follow the contract's milestones. */
@Controller
class ContractPages {

	private final Offers offers;

	private final Agreements agreements;

	private final ContractViews views;

	private final Hiring hiring;

	private final MessageSource messages;

	private final Disputes disputes;

	ContractPages(Offers offers, Agreements agreements, ContractViews views, Hiring hiring, MessageSource messages,
			Disputes disputes) {
		this.disputes = disputes;
		this.offers = offers;
		this.agreements = agreements;
		this.views = views;
		this.hiring = hiring;
		this.messages = messages;
	}

	@GetMapping("/bids/{bidId}/offer")
	String offerForm(@PathVariable UUID bidId, Model model) {
		Hiring.Candidate bid = candidate(bidId);
		var pending = offers.pendingFor(bidId);
		if (pending.isPresent()) {
			return "redirect:/offers/" + pending.get();
		}
		return offerForm(model, bid, OfferForm.first(bidId, bid.amount()), FormErrors.none());
	}

	@PostMapping("/offers")
	String send(@ModelAttribute("form") OfferForm form, BindingResult binding, Model model) {
		Hiring.Candidate bid = candidate(form.bidId());
		try {
			FormErrors.requireBound(binding);
			UUID id = offers.send(me(), form.offerTerms());
			return "redirect:/offers/" + id;
		}
		catch (Rejected rejected) {
			return offerForm(model, bid, form, errors(rejected));
		}
	}

	@GetMapping("/offers/{id}")
	String offer(@PathVariable UUID id, Model model) {
		return showOffer(id, model, FormErrors.none());
	}

	@PostMapping("/offers/{id}/{step:accept|decline|withdraw}")
	String answer(@PathVariable UUID id, @PathVariable String step, Model model) {
		try {
			switch (step) {
				case "accept" -> {
					return "redirect:/contracts/" + offers.accept(id, me());
				}
				case "decline" -> offers.decline(id, me());
				default -> offers.withdraw(id, me());
			}
			return "redirect:/offers/" + id;
		}
		catch (Rejected rejected) {
			return showOffer(id, model, errors(rejected));
		}
	}

	@GetMapping("/contracts")
	String contracts(@RequestParam(required = false) String contractsAfter,
			@RequestParam(required = false) String offersAfter, Model model) {
		Agreements.Page contracts = agreements.of(me(), contractsAfter);
		Offers.Page sent = offers.of(me(), offersAfter);
		model.addAttribute("contracts", contracts.items().stream().map(views::contract).toList());
		model.addAttribute("contractsNext", contracts.next());
		model.addAttribute("offers", sent.items().stream().map(views::offer).toList());
		model.addAttribute("offersNext", sent.next());
		return "contracts/list";
	}

	@GetMapping("/contracts/{id}")
	String contract(@PathVariable UUID id, Model model) {
		return showContract(id, model, FormErrors.none());
	}

	@PostMapping("/contracts/{id}/milestones/{milestoneId}/{step:submit|approve|request-changes}")
	String milestone(@PathVariable UUID id, @PathVariable UUID milestoneId, @PathVariable String step,
			@RequestParam(required = false) String note, Model model) {
		try {
			switch (step) {
				case "submit" -> agreements.submit(id, milestoneId, me(), note);
				case "approve" -> agreements.approve(id, milestoneId, me());
				default -> agreements.requestChanges(id, milestoneId, me(), note);
			}
			return "redirect:/contracts/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return showContract(id, model, errors(rejected));
		}
	}

	@PostMapping("/contracts/{id}/milestones/{milestoneId}/files")
	String attach(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			agreements.attach(id, milestoneId, me(), file == null ? null : file.getOriginalFilename(),
					file == null || file.isEmpty() ? null : file.getBytes());
			return "redirect:/contracts/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return showContract(id, model, errors(rejected));
		}
	}

	/** A delivered file, for the contract's two parties (apps too, with their token). */
	@GetMapping("/contracts/{id}/milestones/{milestoneId}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID milestoneId, @PathVariable UUID file) {
		return Downloads.of(agreements.file(id, milestoneId, me(), file));
	}

	@PostMapping("/contracts/{id}/disputes")
	String dispute(@PathVariable UUID id, @RequestParam(required = false) UUID milestoneId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String evidence, Model model) {
		try {
			if (milestoneId == null) {
				throw new NotFound("No such milestone.");
			}
			disputes.open(id, milestoneId, me(), reason, evidence);
			return "redirect:/contracts/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return showContract(id, model, errors(rejected));
		}
	}

	@PostMapping("/contracts/{id}/disputes/{disputeId}/files")
	String evidence(@PathVariable UUID id, @PathVariable UUID disputeId,
			@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			disputes.attach(disputeId, me(), file == null ? null : file.getOriginalFilename(),
					file == null || file.isEmpty() ? null : file.getBytes());
			return "redirect:/contracts/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return showContract(id, model, errors(rejected));
		}
	}

	/** A file of evidence, for the contract's parties and SUPPORT staff (apps too, with their token). */
	@GetMapping("/disputes/{disputeId}/files/{file}")
	ResponseEntity<byte[]> evidenceFile(@PathVariable UUID disputeId, @PathVariable UUID file) {
		return Downloads.of(disputes.evidence(disputeId, SignedInUser.current().orElseThrow(), file));
	}

	@PostMapping("/contracts/{id}/end")
	String end(@PathVariable UUID id, Model model) {
		try {
			agreements.end(id, me());
			return "redirect:/contracts/" + id + "?saved";
		}
		catch (Rejected rejected) {
			return showContract(id, model, errors(rejected));
		}
	}

	private String offerForm(Model model, Hiring.Candidate bid, OfferForm form, FormErrors errors) {
		model.addAttribute("bid", bid);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "contracts/offer-form";
	}

	private String showOffer(UUID id, Model model, FormErrors errors) {
		model.addAttribute("offer", views.offer(offers.seen(id, me())));
		model.addAttribute("me", me().value().toString());
		model.addAttribute("errors", errors);
		return "contracts/offer";
	}

	private String showContract(UUID id, Model model, FormErrors errors) {
		model.addAttribute("contract", views.contract(agreements.seen(id, me())));
		model.addAttribute("disputes", disputes.on(id));
		model.addAttribute("evidence", disputes);
		model.addAttribute("me", me().value().toString());
		model.addAttribute("errors", errors);
		return "contracts/contract";
	}

	private Hiring.Candidate candidate(UUID bidId) {
		if (bidId == null) {
			throw new NotFound("No such bid.");
		}
		return hiring.candidate(new BidId(bidId), me()).orElseThrow(() -> new NotFound("No such bid."));
	}

	private FormErrors errors(Rejected rejected) {
		return FormErrors.of(rejected, messages, LocaleContextHolder.getLocale());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
