package com.alujrat.notifications.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.notifications.Delivery;
import com.alujrat.notifications.Topic;
import com.alujrat.notifications.internal.MarketingConsents;
import com.alujrat.notifications.internal.Notices;
import com.alujrat.notifications.internal.Notices.Notice;
import com.alujrat.notifications.internal.Preferences;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bell, the list of notifications, the delivery settings, and the unsubscribe link of marketing mail. */
@Controller
class NotificationPages {

	private final Notices notices;

	private final Preferences preferences;

	private final MarketingConsents marketing;

	NotificationPages(Notices notices, Preferences preferences, MarketingConsents marketing) {
		this.notices = notices;
		this.preferences = preferences;
		this.marketing = marketing;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) UUID after, Model model) {
		List<Notice> page = notices.of(me(), after);
		model.addAttribute("notices", page.stream().limit(Notices.PAGE).toList());
		model.addAttribute("next", page.size() > Notices.PAGE ? page.get(Notices.PAGE - 1).id().toString() : null);
		model.addAttribute("unread", notices.unread(me()));
		return "notifications/list";
	}

	/** The bell in the header: fetched after the page and again on each live notification. */
	@GetMapping("/notifications/bell")
	String bell(Model model) {
		model.addAttribute("unread", notices.unread(me()));
		return "notifications/bell";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id) {
		String link = notices.read(me(), id).orElse("/notifications");
		// Links are written by the platform, always a path of its own; anything else goes to the list.
		boolean ownPath = link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
		return "redirect:" + (ownPath ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		notices.readAll(me());
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String settings(Model model) {
		model.addAttribute("choices", preferences.of(me()));
		model.addAttribute("marketing", marketing.optedIn(me()));
		return "notifications/settings";
	}

	@PostMapping("/account/notifications")
	String save(@RequestParam Map<String, String> form) {
		Map<Topic, Delivery> choices = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			String chosen = form.get("topic." + topic.name());
			if (!topic.locked() && chosen != null) {
				choices.put(topic, parse(chosen));
			}
		}
		preferences.choose(me(), choices);
		marketing.choose(me(), form.containsKey("marketing"), "settings");
		return "redirect:/account/notifications?saved";
	}

	private static Delivery parse(String value) {
		try {
			return Delivery.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return Delivery.EMAIL;
		}
	}

	/** Opened from a marketing mail's link: asks before unsubscribing, since mail scanners follow links. */
	@GetMapping("/unsubscribe")
	String unsubscribePage(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", marketing.holder(token).isPresent());
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	/** The button on that page, and RFC 8058 one-click unsubscribe from a mail program: no session, no CSRF token. */
	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model) {
		var holder = marketing.holder(token);
		holder.ifPresent(user -> marketing.choose(user, false, "unsubscribe-link"));
		model.addAttribute("token", token);
		model.addAttribute("valid", holder.isPresent());
		model.addAttribute("done", holder.isPresent());
		return "notifications/unsubscribe";
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
