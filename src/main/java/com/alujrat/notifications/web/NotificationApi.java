package com.alujrat.notifications.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.notifications.Delivery;
import com.alujrat.notifications.Topic;
import com.alujrat.notifications.internal.LiveStream;
import com.alujrat.notifications.internal.MarketingConsents;
import com.alujrat.notifications.internal.Notices;
import com.alujrat.notifications.internal.Notices.Notice;
import com.alujrat.notifications.internal.Preferences;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The signed-in user's notifications, their delivery preferences and their live event stream, for the apps. */
@RestController
@RequestMapping("/api/v1")
class NotificationApi {

	private final Notices notices;

	private final Preferences preferences;

	private final MarketingConsents marketing;

	private final LiveStream live;

	private final MessageSource messages;

	NotificationApi(Notices notices, Preferences preferences, MarketingConsents marketing, LiveStream live,
			MessageSource messages) {
		this.notices = notices;
		this.preferences = preferences;
		this.marketing = marketing;
		this.live = live;
		this.messages = messages;
	}

	record Item(UUID id, Topic topic, String title, String link, Instant createdAt, boolean read) {
	}

	record NoticePage(List<Item> items, String next, int unread) {
	}

	/** {@code locked} is answered, and ignored when given. */
	record Choice(Topic topic, Delivery delivery, Boolean locked) {
	}

	record Settings(List<Choice> topics, Boolean marketing) {
	}

	@GetMapping("/notifications")
	@Operation(summary = "The signed-in user's notifications, newest first, with the unread count")
	NoticePage list(@RequestParam(required = false) UUID after) {
		List<Notice> page = notices.of(me(), after);
		boolean more = page.size() > Notices.PAGE;
		List<Item> items = page.stream()
			.limit(Notices.PAGE)
			.map(n -> new Item(n.id(), n.topic(), messages.getMessage("mail." + n.kind() + ".subject",
					n.args().toArray(), LocaleContextHolder.getLocale()), n.link(), n.createdAt(), !n.unread()))
			.toList();
		return new NoticePage(items, more ? items.get(items.size() - 1).id().toString() : null, notices.unread(me()));
	}

	@PostMapping("/notifications/{id}/read")
	@Operation(summary = "Mark one of the signed-in user's notifications read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable UUID id) {
		notices.read(me(), id);
	}

	@PostMapping("/notifications/read-all")
	@Operation(summary = "Mark all the signed-in user's notifications read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void readAll() {
		notices.readAll(me());
	}

	@GetMapping("/me/notification-preferences")
	@Operation(summary = "How each topic reaches the signed-in user (EMAIL: app and mail, IN_APP, OFF) and marketing consent")
	Settings preferences() {
		return settings(me());
	}

	@PutMapping("/me/notification-preferences")
	@Operation(summary = "Choose delivery per topic and marketing consent; locked topics (security, account, policy) stay EMAIL")
	@Transactional
	Settings choose(@RequestBody Settings settings) {
		if (settings.topics() == null && settings.marketing() == null) {
			throw new Rejected("topics", "notifications.preferences.empty");
		}
		Map<Topic, Delivery> choices = new EnumMap<>(Topic.class);
		if (settings.topics() != null) {
			for (Choice choice : settings.topics()) {
				if (choice == null || choice.topic() == null || choice.delivery() == null) {
					throw new Rejected("topics", "notifications.preferences.invalid");
				}
				choices.put(choice.topic(), choice.delivery());
			}
		}
		preferences.choose(me(), choices);
		if (settings.marketing() != null) {
			marketing.choose(me(), settings.marketing(), "settings");
		}
		return settings(me());
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The signed-in user's live stream (Server-Sent Events: message, read, notification); "
			+ "send Last-Event-ID to get what was missed")
	SseEmitter events(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		return live.open(me(), eventId(lastEventId));
	}

	private static Long eventId(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Math.max(0, Long.parseLong(header.strip()));
		}
		catch (NumberFormatException ex) {
			throw new Rejected("Last-Event-ID", "notifications.events.lastId");
		}
	}

	private Settings settings(UserId user) {
		return new Settings(preferences.of(user).stream().map(c -> new Choice(c.topic(), c.delivery(), c.locked())).toList(),
				marketing.optedIn(user));
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
