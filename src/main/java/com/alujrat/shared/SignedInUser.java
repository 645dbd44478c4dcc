package com.alujrat.shared;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The principal of every authenticated request, web session or bearer token alike. Its name is the user id, so
 * session lookups by principal name find a user's sessions whatever their email becomes.
 */
public record SignedInUser(UserId id, String displayName, String accountType, boolean emailVerified,
		Set<String> staffRoles, boolean twoFactor)
		implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return id.toString();
	}

	public boolean isStaff() {
		return !staffRoles.isEmpty();
	}

	public boolean hasStaffRole(String role) {
		return staffRoles.contains(role);
	}

	/** Staff powers count only with two-factor on: a staff password alone opens nothing beyond a user's view. */
	public boolean actsAsStaff(String role) {
		return twoFactor && staffRoles.contains(role);
	}

	public static Optional<SignedInUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}
}
