package com.alujrat.privacy.web;

import java.time.Instant;
import java.util.UUID;

/** A legal hold as LEGAL's page lists it: whose (by email) and why. */
public record HeldAccount(UUID id, String email, String reason, Instant placedAt) {
}
