package com.alujrat.verification;

import com.alujrat.shared.UserId;

/** A verifier approved the user's identity: the verified badge shows from now on. */
public record IdentityVerified(UserId userId) {
}
