package com.alujrat.accounts;

import java.time.Instant;

import com.alujrat.shared.UserId;

/**
 * An account was closed, by its owner or by staff on their request: its sessions and tokens already no longer work.
 * The modules above take down what it offered (open projects, bids, services, the directory entry).
 */
public record AccountClosed(UserId userId, Instant closedAt) {
}
