package com.alujrat.accounts;

import com.alujrat.shared.UserId;

/** A minor's parent or guardian withdrew (or refused) consent through their link: the minor's data must go. */
public record GuardianConsentWithdrawn(UserId minor) {
}
