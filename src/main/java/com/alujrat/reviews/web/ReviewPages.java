package com.alujrat.reviews.web;

import java.util.UUID;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.reviews.internal.Reviews;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Writing a review of an ended contract, reading someone's reviews, staff hiding abusive text. */
@Controller
class ReviewPages {

	private final Reviews reviews;

	private final MessageSource messages;

	ReviewPages(Reviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/contracts/{id}/review")
	String form(@PathVariable UUID id, Model model) {
		return form(id, model, "", "", FormErrors.none());
	}

	@PostMapping("/contracts/{id}/review")
	String write(@PathVariable UUID id, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String text, Model model) {
		try {
			reviews.write(id, me(), parse(rating), text);
			return "redirect:/contracts/" + id + "/review";
		}
		catch (Rejected rejected) {
			return form(id, model, rating, text, FormErrors.of(rejected, messages, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/users/{id}/reviews")
	String list(@PathVariable UUID id, @RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", reviews.of(new UserId(id), after));
		model.addAttribute("subject", id.toString());
		model.addAttribute("staff", SignedInUser.current().map(u -> u.actsAsStaff("SUPPORT") || u.actsAsStaff("ADMIN"))
			.orElse(false));
		return "reviews/list";
	}

	@PostMapping("/staff/reviews/{id}/hide")
	String hide(@PathVariable UUID id, @RequestParam UUID subject, @RequestParam(required = false) String reason) {
		try {
			reviews.hide(id, me(), reason);
			return "redirect:/users/" + subject + "/reviews";
		}
		catch (Rejected rejected) {
			return "redirect:/users/" + subject + "/reviews?reasonRequired";
		}
	}

	private String form(UUID id, Model model, String rating, String text, FormErrors errors) {
		model.addAttribute("standing", reviews.standing(id, me()));
		model.addAttribute("rating", rating == null ? "" : rating);
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("errors", errors);
		return "reviews/form";
	}

	private static Integer parse(String rating) {
		try {
			return rating == null ? null : Integer.valueOf(rating);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
