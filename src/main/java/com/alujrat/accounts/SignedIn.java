package com.alujrat.accounts;

import java.time.Instant;

import com.alujrat.shared.UserId;

/** Someone signed in (web, app or social), from {@code ip} on {@code device} (as the sign-in described it). */
public record SignedIn(UserId userId, String ip, String device, Instant at) {
}
