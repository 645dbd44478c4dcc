package com.alujrat.billing.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.billing.Entitlements;
import com.alujrat.billing.internal.Plan;
import com.alujrat.billing.internal.Plans;
import com.alujrat.billing.internal.Subscriptions;
import com.alujrat.payments.Cashier;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans, the signed-in user's subscription and what it grants; staff keep the plans. */
@RestController
@RequestMapping("/api/v1")
class BillingApi {

	private final Plans plans;

	private final Subscriptions subscriptions;

	private final Entitlements entitlements;

	BillingApi(Plans plans, Subscriptions subscriptions, Entitlements entitlements) {
		this.plans = plans;
		this.subscriptions = subscriptions;
		this.entitlements = entitlements;
	}

	record PlanView(UUID id, String code, String audience, String name, long monthlyPrice, long yearlyPrice,
			boolean projectAccess, Integer monthlyBids, boolean featuredProjects, boolean active) {

		static PlanView of(Plan p) {
			return new PlanView(p.id(), p.code(), p.audience(), p.name(LocaleContextHolder.getLocale()), p.monthlyPrice(),
					p.yearlyPrice(), p.projectAccess(), p.monthlyBids(), p.featuredProjects(), p.active());
		}
	}

	record Items<T>(List<T> items, String next) {
	}

	record SubscriptionView(UUID id, String period, String status, Instant currentPeriodEnd,
			boolean cancelAtPeriodEnd) {
	}

	record Mine(PlanView plan, SubscriptionView subscription, boolean renewalDue, Entitlements.Granted entitlements) {
	}

	record Subscribe(UUID planId, String period, String gateway) {
	}

	record Renew(String gateway) {
	}

	/** A checkout to pay ({@code checkoutId}, {@code redirectUrl}) or, when none is needed, both null. */
	record Change(UUID checkoutId, String redirectUrl, Mine subscription) {
	}

	@GetMapping("/plans")
	@Operation(summary = "The plans on offer, with monthly and yearly prices in paisa")
	Items<PlanView> plans() {
		return new Items<>(plans.offered().stream().map(PlanView::of).toList(), null);
	}

	@GetMapping("/me/subscription")
	@Operation(summary = "Your plan, the subscription it comes from and what it grants")
	Mine mine() {
		return mine(me());
	}

	@PostMapping("/me/subscription")
	@Operation(summary = "Subscribe to, upgrade or downgrade to a plan: a checkout for a paid plan, none for the free one")
	ResponseEntity<Change> subscribe(@RequestBody Subscribe body) {
		Cashier.Opened opened = subscriptions.subscribe(me(), body.planId(), body.period(), body.gateway());
		if (opened == null) {
			return ResponseEntity.ok(new Change(null, null, mine(me())));
		}
		return ResponseEntity.created(URI.create("/api/v1/payments/checkouts/" + opened.checkoutId()))
			.body(new Change(opened.checkoutId(), opened.redirectUrl(), mine(me())));
	}

	@PostMapping("/me/subscription/renewal")
	@Operation(summary = "A checkout for your subscription's next period (in its last 3 days or its grace)")
	ResponseEntity<Cashier.Opened> renew(@RequestBody(required = false) Renew body) {
		Cashier.Opened opened = subscriptions.renew(me(), body == null ? null : body.gateway());
		return ResponseEntity.created(URI.create("/api/v1/payments/checkouts/" + opened.checkoutId())).body(opened);
	}

	@DeleteMapping("/me/subscription")
	@Operation(summary = "Cancel your subscription: it runs to the end of the paid period, then the free plan applies")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancel() {
		subscriptions.cancel(me());
	}

	@GetMapping("/staff/plans")
	@Operation(summary = "Every plan, offered or not (ADMIN)")
	Items<PlanView> allPlans() {
		return new Items<>(plans.all().stream().map(PlanView::of).toList(), null);
	}

	@PutMapping("/staff/plans/{id}")
	@Operation(summary = "Change a plan's prices, bids per month or whether it is offered (ADMIN)")
	PlanView change(@PathVariable UUID id, @RequestBody Plans.Changes changes) {
		return PlanView.of(plans.change(id, changes));
	}

	private Mine mine(UserId user) {
		Subscriptions.Current current = subscriptions.current(user);
		Subscriptions.Subscription s = current.subscription();
		return new Mine(PlanView.of(current.plan()),
				s == null ? null : new SubscriptionView(s.id(), s.period().name(), s.status(), s.currentPeriodEnd(),
						s.cancelAtPeriodEnd()),
				current.renewalDue(), entitlements.granted(user));
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
