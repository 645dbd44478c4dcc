package com.alujrat.payments.web;

import java.util.HashMap;
import java.util.Map;

import com.alujrat.payments.internal.CallbackRefused;
import com.alujrat.payments.internal.Checkout;
import com.alujrat.payments.internal.Checkouts;
import com.alujrat.payments.internal.Gateway;
import com.alujrat.payments.internal.HandOver;
import com.alujrat.platform.NotFound;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where gateways answer ({@code /payments/callback/{gateway}}), server to server or through the payer's browser.
 * A browser is sent on to its checkout's page; a gateway's server gets the outcome. Nothing here is trusted before
 * {@link Checkouts#receive} has checked it.
 */
@RestController
@Hidden
class GatewayCallbacks {

	private final Checkouts checkouts;

	private final HandOver handOvers;

	GatewayCallbacks(Checkouts checkouts, HandOver handOvers) {
		this.checkouts = checkouts;
		this.handOvers = handOvers;
	}

	record Received(String checkoutRef, String status) {
	}

	/**
	 * {@code handover} is in the return addresses the platform gave the gateway for the payer's browser: with it, a
	 * browser without the payer's session still comes back to its checkout's page.
	 */
	@RequestMapping(path = { "/payments/callback/{gateway}", "/payments/callback/{gateway}/{handover}" },
			method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> receive(@PathVariable String gateway, @PathVariable(required = false) String handover,
			@RequestParam Map<String, String> fields, HttpServletRequest request) {
		Gateway from;
		try {
			from = Gateway.valueOf(gateway.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("No such gateway.");
		}
		Checkout checkout = checkouts.receive(from, new HashMap<>(fields), request.getRemoteAddr());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			String page = "/payments/checkouts/" + checkout.id();
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(java.net.URI.create(handOvers.admits(checkout, handover) ? page + "?handover=" + handover : page))
				.build();
		}
		return ResponseEntity.ok(new Received(checkout.ref(), checkout.status().name()));
	}

	/** A gateway's server gets the reason as a problem; a payer's browser gets the platform's error page. */
	@ExceptionHandler(CallbackRefused.class)
	ResponseEntity<ProblemDetail> refused(CallbackRefused refused, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The callback was refused: " + refused.reason());
		problem.setType(java.net.URI.create("https://alujrat.com/problems/callback-refused"));
		problem.setTitle("Callback refused");
		problem.setProperty("reason", refused.reason());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
