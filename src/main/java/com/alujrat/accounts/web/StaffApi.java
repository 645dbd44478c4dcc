package com.alujrat.accounts.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.alujrat.accounts.StaffRole;
import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.StaffRoles;
import com.alujrat.accounts.internal.StaffRoles.StaffMember;
import com.alujrat.platform.web.ApiProblem;
import com.alujrat.shared.SignedInUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff roles for admins (the security chain admits ADMIN only under /api/v1/staff/users). */
@RestController
@RequestMapping("/api/v1/staff/users")
class StaffApi {

	private final StaffRoles staffRoles;

	StaffApi(StaffRoles staffRoles) {
		this.staffRoles = staffRoles;
	}

	record Roles(@NotNull(message = "{staff.roles.required}") Set<StaffRole> roles) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "An account with its staff roles (admins only)")
	StaffMember get(@PathVariable UUID id) {
		try {
			return staffRoles.member(id);
		}
		catch (AccountRejected rejected) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No such account.");
		}
	}

	@PutMapping("/{id}/roles")
	@Operation(summary = "Replace an account's staff roles (admins only; the change is logged)")
	StaffMember assign(@PathVariable UUID id, @Valid @RequestBody Roles body) {
		get(id);
		return staffRoles.assign(id,
				body.roles().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(body.roles()),
				SignedInUser.current().orElseThrow().id());
	}
}
