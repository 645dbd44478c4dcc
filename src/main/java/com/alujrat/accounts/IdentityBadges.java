package com.alujrat.accounts;

import com.alujrat.shared.UserId;

/**
 * The dashboard shows whether its owner's identity is verified, which {@code verification} knows and which sits
 * above {@code accounts}: this port lets it answer without {@code accounts} depending on it.
 */
public interface IdentityBadges {

	boolean isVerified(UserId user);
}
