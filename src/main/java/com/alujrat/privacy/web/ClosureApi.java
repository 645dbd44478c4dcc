package com.alujrat.privacy.web;

import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.platform.NotFound;
import com.alujrat.privacy.internal.Closures;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Closing one's own account, and SUPPORT closing or reopening one on its owner's request. */
@RestController
@RequestMapping("/api/v1")
class ClosureApi {

	private final Closures closures;

	private final Accounts accounts;

	ClosureApi(Closures closures, Accounts accounts) {
		this.closures = closures;
		this.accounts = accounts;
	}

	record Closing(String password, String totp, String reason) {
	}

	record Readiness(List<String> unsettled, boolean twoFactor, long reactivationDays) {
	}

	record StaffClosing(UUID userId, String reason) {
	}

	@GetMapping("/me/closure")
	@Operation(summary = "What must be settled before the account may close (escrow held, a balance to withdraw)")
	Readiness readiness() {
		return new Readiness(closures.unsettled(me()), accounts.twoFactorOn(me()),
				closures.reactivationWindow().toDays());
	}

	@PostMapping("/me/closure")
	@Operation(summary = "Close the account: every session and token ends at once; refused (409) while money is in play")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void close(@RequestBody Closing closing) {
		closures.closeOwn(me(), closing.password(), closing.totp(), closing.reason());
	}

	@PostMapping("/staff/closures")
	@Operation(summary = "SUPPORT closes an account on its owner's request; the reason records the request")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void closeOnRequest(@RequestBody StaffClosing closing) {
		closures.closeOnRequest(known(closing.userId()), me(), closing.reason());
	}

	@PostMapping("/staff/closures/{userId}/reactivation")
	@Operation(summary = "SUPPORT reopens a closed account within the reactivation window")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reactivate(@PathVariable UUID userId) {
		closures.reactivate(known(userId), me());
	}

	private UserId known(UUID id) {
		return accounts.find(new UserId(id == null ? new UUID(0, 0) : id))
			.orElseThrow(() -> new NotFound("No such account."))
			.id();
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
