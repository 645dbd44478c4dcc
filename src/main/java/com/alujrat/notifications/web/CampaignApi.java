package com.alujrat.notifications.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.alujrat.notifications.internal.Campaigns;
import com.alujrat.notifications.internal.Campaigns.Campaign;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Marketing campaigns for ADMIN staff: write, test-send to oneself, send to the users opted in. */
@RestController
@RequestMapping("/api/v1/staff/campaigns")
class CampaignApi {

	private final Campaigns campaigns;

	CampaignApi(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	record Written(UUID id) {
	}

	record Sent(int recipients) {
	}

	record CampaignPage(List<Campaign> items, String next) {
	}

	@GetMapping
	@Operation(summary = "The latest campaigns, newest first")
	CampaignPage list() {
		return new CampaignPage(campaigns.newestFirst(), null);
	}

	@PostMapping
	@Operation(summary = "Write a campaign in English and Urdu (subjectEn, bodyEn, subjectUr, bodyUr)")
	ResponseEntity<Written> write(@RequestBody CampaignForm form) {
		UUID id = campaigns.write(me(), form.subjectEn(), form.bodyEn(), form.subjectUr(), form.bodyUr());
		return ResponseEntity.created(URI.create("/api/v1/staff/campaigns/" + id)).body(new Written(id));
	}

	@PostMapping("/{id}/test")
	@Operation(summary = "Send the campaign to the calling staff member only")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void test(@PathVariable UUID id) {
		campaigns.testSend(id, me());
	}

	@PostMapping("/{id}/send")
	@Operation(summary = "Send the campaign once to every user opted in to marketing now (409 if sent before)")
	Sent send(@PathVariable UUID id) {
		return new Sent(campaigns.send(id));
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
