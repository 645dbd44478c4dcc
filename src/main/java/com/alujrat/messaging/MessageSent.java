package com.alujrat.messaging;

import java.util.UUID;

import com.alujrat.shared.UserId;

/** A user wrote in a conversation (the text stays in messaging; activity counts it). */
public record MessageSent(ConversationId conversation, UUID message, UserId sender) {
}
