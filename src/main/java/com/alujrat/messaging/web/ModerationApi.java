package com.alujrat.messaging.web;

import java.util.List;
import java.util.UUID;

import com.alujrat.messaging.internal.Moderation;
import com.alujrat.messaging.internal.Moderation.Reason;
import com.alujrat.messaging.internal.Moderation.Report;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The moderation queue for SUPPORT staff. */
@RestController
@RequestMapping("/api/v1/staff")
class ModerationApi {

	private final Moderation moderation;

	ModerationApi(Moderation moderation) {
		this.moderation = moderation;
	}

	record ReportPage(List<Report> items, String next) {
	}

	record Resolution(boolean actioned, String outcome) {
	}

	record Join(Reason reason, UUID reference) {
	}

	@GetMapping("/moderation/reports")
	@Operation(summary = "Open reports of messages and users, oldest first")
	ReportPage reports() {
		return new ReportPage(moderation.queue(), null);
	}

	@PostMapping("/moderation/reports/{id}/resolve")
	@Operation(summary = "Close a report: actioned hides the reported message, dismissed leaves it; outcome is required")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resolve(@PathVariable UUID id, @RequestBody Resolution resolution) {
		moderation.resolve(id, me(), resolution.actioned(), resolution.outcome());
	}

	@PostMapping("/conversations/{id}/join")
	@Operation(summary = "Join a conversation for an open report about it (reference: report id) or an open dispute "
			+ "between its parties (reference: contract id); the thread shows the join")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void join(@PathVariable UUID id, @RequestBody Join join) {
		if (join.reason() == null) {
			throw new com.alujrat.platform.Rejected("reason", "messaging.join.reason");
		}
		moderation.join(id, me(), join.reason(), join.reference());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
