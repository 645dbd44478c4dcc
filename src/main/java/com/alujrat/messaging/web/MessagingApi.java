package com.alujrat.messaging.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.messaging.internal.Conversations;
import com.alujrat.messaging.internal.Messages;
import com.alujrat.messaging.internal.Messages.Shown;
import com.alujrat.messaging.internal.Moderation;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.web.Downloads;
import com.alujrat.platform.web.Uploads;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Conversations and messages for the mobile apps. */
@RestController
@RequestMapping("/api/v1")
class MessagingApi {

	private final Conversations conversations;

	private final Messages messages;

	private final Moderation moderation;

	MessagingApi(Conversations conversations, Messages messages, Moderation moderation) {
		this.conversations = conversations;
		this.messages = messages;
		this.moderation = moderation;
	}

	record Start(UUID participantId, UUID projectId, UUID contractId, UUID orderId) {
	}

	record Started(UUID id) {
	}

	record Party(UUID id, String name, boolean closed) {
	}

	record ConversationItem(UUID id, String title, String context, UUID contextId, Party other, Instant lastMessageAt,
			int unread, boolean archived) {
	}

	record ConversationPage(List<ConversationItem> items, String next) {
	}

	record FileItem(UUID id, String name, String contentType, long size, String url) {
	}

	record MessageItem(UUID id, long seq, UUID senderId, String kind, String body, boolean masked, boolean hidden,
			boolean removedByModeration, boolean seen, Instant createdAt, List<FileItem> attachments) {
	}

	record MessagePage(List<MessageItem> items, String next) {
	}

	record Write(String body) {
	}

	record Written(MessageItem message, boolean masked, String notice) {
	}

	record ReportRequest(UUID messageId, String reason) {
	}

	record Reported(UUID id) {
	}

	record Archive(boolean archived) {
	}

	@PostMapping("/conversations")
	@Operation(summary = "Start a conversation about a project (employers: with a freelancer who bid or was invited), "
			+ "a contract or a service order (either party); 201 when new, 200 with the existing one")
	ResponseEntity<Started> start(@RequestBody Start start) {
		Conversations.Started started = conversations.start(me(), start.participantId(), start.projectId(),
				start.contractId(), start.orderId());
		Started body = new Started(started.id());
		return started.created() ? ResponseEntity.created(URI.create("/api/v1/conversations/" + started.id())).body(body)
				: ResponseEntity.ok(body);
	}

	@GetMapping("/conversations")
	@Operation(summary = "The signed-in user's conversations, latest first; q searches titles and messages, archived=true the archive")
	ConversationPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(required = false) String after) {
		Conversations.Page page = conversations.of(me(), q, archived, after);
		return new ConversationPage(page.items()
			.stream()
			.map(s -> new ConversationItem(s.id(), s.title(), s.context().name(), s.contextId(),
					new Party(s.otherId(), conversations.otherName(me(), s), conversations.closed(new UserId(s.otherId()))),
					s.lastMessageAt(), s.unread(), s.archived()))
			.toList(), page.next());
	}

	@GetMapping("/conversations/{id}/messages")
	@Operation(summary = "Messages oldest first: the latest 50, or those after a sequence number (after=0 from the start)")
	MessagePage messages(@PathVariable UUID id, @RequestParam(required = false) Long after) {
		Messages.Page page = messages.of(id, me(), after);
		return new MessagePage(page.items().stream().map(m -> item(id, m)).toList(), page.next());
	}

	@PostMapping(path = "/conversations/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Write a message; masked=true says contact details are hidden from the recipient until a hire")
	ResponseEntity<Written> write(@PathVariable UUID id, @RequestBody Write write) {
		return written(id, messages.post(id, me(), write.body(), null));
	}

	@PostMapping(path = "/conversations/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Write a message with one attachment (PDF, JPEG, PNG or Office, up to 20 MB, checked by content)")
	ResponseEntity<Written> writeWithFile(@PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestPart("file") MultipartFile file) {
		return written(id, messages.post(id, me(), body, Uploads.of(file)));
	}

	private ResponseEntity<Written> written(UUID id, Messages.Posted posted) {
		return ResponseEntity.created(URI.create("/api/v1/conversations/" + id + "/messages"))
			.body(new Written(item(id, posted.message()), posted.masked(),
					posted.masked() ? "Contact details are hidden from the recipient until a contract links you." : null));
	}

	@PostMapping("/conversations/{id}/read")
	@Operation(summary = "Mark the conversation read up to its latest message (the other side sees the receipt)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable UUID id) {
		messages.read(id, me());
	}

	@PostMapping("/conversations/{id}/messages/{messageId}/hide")
	@Operation(summary = "Hide one's own message within 15 minutes of writing it")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void hide(@PathVariable UUID id, @PathVariable UUID messageId) {
		messages.hide(id, messageId, me());
	}

	@PostMapping("/conversations/{id}/archive")
	@Operation(summary = "Archive or bring back a conversation (a new message brings it back on its own)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archive(@PathVariable UUID id, @RequestBody Archive archive) {
		conversations.archive(id, me(), archive.archived());
	}

	@PostMapping("/conversations/{id}/block")
	@Operation(summary = "Block the other party: neither can write to the other any more")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void block(@PathVariable UUID id) {
		moderation.block(id, me());
	}

	@PostMapping("/conversations/{id}/unblock")
	@Operation(summary = "Lift one's block of the other party")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unblock(@PathVariable UUID id) {
		moderation.unblock(id, me());
	}

	@PostMapping("/conversations/{id}/reports")
	@Operation(summary = "Report the other party, or one of their messages (messageId), to the moderation queue")
	ResponseEntity<Reported> report(@PathVariable UUID id, @RequestBody ReportRequest report) {
		UUID reported = moderation.report(id, report.messageId(), me(), report.reason());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Reported(reported));
	}

	@GetMapping("/conversations/{id}/messages/{messageId}/files/{fileId}")
	@Operation(summary = "An attachment, for the conversation's participants")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID messageId, @PathVariable UUID fileId) {
		Attachments.File file = messages.file(id, messageId, fileId, me());
		return Downloads.of(file);
	}

	static MessageItem item(UUID conversation, Shown m) {
		return new MessageItem(m.id(), m.seq(), m.senderId(), m.kind(), m.body(), m.masked(), m.hidden(),
				m.removedByModeration(), m.seen(),
				m.createdAt(), m.files()
					.stream()
					.map(f -> new FileItem(f.id(), f.name(), f.contentType(), f.size(),
							"/api/v1/conversations/" + conversation + "/messages/" + m.id() + "/files/" + f.id()))
					.toList());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
