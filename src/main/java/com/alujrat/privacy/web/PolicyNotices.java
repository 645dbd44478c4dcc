package com.alujrat.privacy.web;

import java.util.List;
import java.util.Locale;

import com.alujrat.platform.web.PageNotice;
import com.alujrat.platform.web.PageNotices;
import com.alujrat.privacy.internal.Policies;
import com.alujrat.shared.UserId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The banner for a material policy change the user has not acknowledged yet, on every page until they do. */
@Component
class PolicyNotices implements PageNotices {

	private final Policies policies;

	private final MessageSource messages;

	PolicyNotices(Policies policies, MessageSource messages) {
		this.policies = policies;
		this.messages = messages;
	}

	@Override
	public List<PageNotice> of(UserId user, Locale locale) {
		return policies.unacknowledged(user)
			.stream()
			.map(v -> new PageNotice("policy-" + v.id(),
					messages.getMessage("policy.banner", new Object[] {
							messages.getMessage("policy." + v.kind().slug() + ".title", null, locale), v.summary() },
							locale),
					"/policies/" + v.kind().slug() + "/versions/" + v.id(),
					messages.getMessage("policy.banner.read", null, locale), "/policies/acknowledgements",
					messages.getMessage("policy.banner.acknowledge", null, locale), "versionId", v.id().toString()))
			.toList();
	}
}
