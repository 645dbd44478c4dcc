package com.alujrat.support;

import java.util.UUID;

import com.alujrat.shared.UserId;

/** Someone wrote to support; {@code user} is null for a visitor. */
public record TicketOpened(UUID ticket, UserId user, String category) {
}
