package com.alujrat.notifications;

import com.alujrat.notifications.internal.LiveStream;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * Pushes an event to a user's open pages and apps ({@code GET /api/v1/events}), on whichever node they are
 * connected to. The event is written in the caller's transaction and leaves when it commits; a client that was
 * away asks again with {@code Last-Event-ID} and gets what it missed (for a day).
 */
@Service
public class LiveEvents {

	private final LiveStream stream;

	LiveEvents(LiveStream stream) {
		this.stream = stream;
	}

	/** {@code data} is serialised to JSON; {@code type} names the SSE event (message, notification, read). */
	public void send(UserId to, String type, Object data) {
		stream.append(to, type, data);
	}

	/** Ends every open stream of the user on every node (their sessions and tokens were just revoked). */
	public void disconnect(UserId user) {
		stream.disconnect(user);
	}
}
