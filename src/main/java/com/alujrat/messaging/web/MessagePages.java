package com.alujrat.messaging.web;

import java.util.UUID;

import com.alujrat.messaging.internal.Conversation;
import com.alujrat.messaging.internal.Conversations;
import com.alujrat.messaging.internal.Messages;
import com.alujrat.messaging.internal.Moderation;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.web.Uploads;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox, a conversation with its live thread, and starting one from a project, contract or order. */
@Controller
class MessagePages {

	private final Conversations conversations;

	private final Messages messages;

	private final Moderation moderation;

	private final MessageSource text;

	MessagePages(Conversations conversations, Messages messages, Moderation moderation, MessageSource text) {
		this.conversations = conversations;
		this.messages = messages;
		this.moderation = moderation;
		this.text = text;
	}

	@GetMapping("/messages")
	String inbox(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(required = false) String after, Model model) {
		Conversations.Page page = conversations.of(me(), q, archived, after);
		model.addAttribute("page", page);
		model.addAttribute("names", page.items()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Conversations.Summary::id, s -> conversations.otherName(me(), s))));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("archived", archived);
		return "messaging/inbox";
	}

	@PostMapping("/messages/start")
	String start(@RequestParam(required = false) UUID participantId, @RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) UUID contractId, @RequestParam(required = false) UUID orderId,
			RedirectAttributes redirect) {
		try {
			return "redirect:/messages/" + conversations.start(me(), participantId, projectId, contractId, orderId).id();
		}
		catch (Rejected rejected) {
			redirect.addFlashAttribute("refused", text.getMessage(rejected.messageKey(), rejected.messageArguments(),
					LocaleContextHolder.getLocale()));
			return "redirect:/messages";
		}
	}

	@GetMapping("/messages/{id}")
	String conversation(@PathVariable UUID id, Model model) {
		return page(id, model, FormErrors.none(), "");
	}

	/** The thread alone, fetched again when the live stream says something changed. */
	@GetMapping("/messages/{id}/thread")
	String threadOnly(@PathVariable UUID id, Model model) {
		thread(id, model);
		return "messaging/thread";
	}

	@PostMapping("/messages/{id}")
	String write(@PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(required = false) MultipartFile file, Model model) {
		try {
			Messages.Posted posted = messages.post(id, me(), body, Uploads.of(file));
			return "redirect:/messages/" + id + (posted.masked() ? "?masked" : "");
		}
		catch (Rejected rejected) {
			return page(id, model, FormErrors.of(rejected, text, LocaleContextHolder.getLocale()), body);
		}
	}

	@PostMapping("/messages/{id}/messages/{messageId}/hide")
	String hide(@PathVariable UUID id, @PathVariable UUID messageId, Model model) {
		try {
			messages.hide(id, messageId, me());
			return "redirect:/messages/" + id;
		}
		catch (Rejected rejected) {
			return page(id, model, FormErrors.of(rejected, text, LocaleContextHolder.getLocale()), "");
		}
	}

	@PostMapping("/messages/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean archived) {
		conversations.archive(id, me(), archived);
		return archived ? "redirect:/messages" : "redirect:/messages/" + id;
	}

	@PostMapping("/messages/{id}/block")
	String block(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean blocked) {
		if (blocked) {
			moderation.block(id, me());
		}
		else {
			moderation.unblock(id, me());
		}
		return "redirect:/messages/" + id;
	}

	@PostMapping("/messages/{id}/report")
	String report(@PathVariable UUID id, @RequestParam(required = false) UUID messageId,
			@RequestParam(required = false) String reason, Model model) {
		try {
			moderation.report(id, messageId, me(), reason);
			return "redirect:/messages/" + id + "?reported";
		}
		catch (Rejected rejected) {
			return page(id, model, FormErrors.of(rejected, text, LocaleContextHolder.getLocale()), "");
		}
	}

	@GetMapping("/messages/{id}/messages/{messageId}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID messageId, @PathVariable UUID fileId) {
		return Downloads.of(messages.file(id, messageId, fileId, me()));
	}

	/** The header's envelope with the unread count, fetched after the page and again on each live message. */
	@GetMapping("/messages/badge")
	String badge(Model model) {
		model.addAttribute("unread", messages.unread(me()));
		return "messaging/badge";
	}

	private String page(UUID id, Model model, FormErrors errors, String draft) {
		Conversation conversation = thread(id, model);
		model.addAttribute("errors", errors);
		model.addAttribute("draft", draft == null ? "" : draft);
		boolean party = conversation.between(me());
		model.addAttribute("party", party);
		model.addAttribute("blocked", party && moderation.blocked(id, me()));
		model.addAttribute("blockedMe", party && moderation.blockedBy(id, me()));
		model.addAttribute("otherClosed", party && conversations.closed(conversation.other(me())));
		return "messaging/conversation";
	}

	private Conversation thread(UUID id, Model model) {
		Conversation conversation = conversations.seen(id, me());
		messages.read(id, me());
		boolean hired = conversations.hired(conversation);
		model.addAttribute("conversation", conversation);
		model.addAttribute("hired", hired);
		model.addAttribute("messages", messages.of(id, me(), null).items());
		model.addAttribute("names", messages.names(conversation, hired));
		model.addAttribute("other", conversation.between(me()) ? conversations.name(conversation.other(me()), hired) : "");
		return conversation;
	}


	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
