package com.alujrat.activity.internal;

import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

import org.springframework.stereotype.Component;

/**
 * Browser, operating system and device class from a User-Agent header, by the maintained Yauaa rules (no parser of
 * our own). Only the three fields are asked for, which keeps its start-up and memory small; parsing happens on the
 * writer's thread, never in a request.
 */
@Component
class UserAgents {

	record Agent(String browser, String os, String device) {
	}

	private volatile UserAgentAnalyzer analyzer;

	Agent parse(String header) {
		if (header == null || header.isBlank()) {
			return new Agent("Unknown", "Unknown", "Unknown");
		}
		UserAgent agent = analyzer().parse(header);
		return new Agent(agent.getValue(UserAgent.AGENT_NAME), agent.getValue(UserAgent.OPERATING_SYSTEM_NAME),
				agent.getValue(UserAgent.DEVICE_CLASS));
	}

	private UserAgentAnalyzer analyzer() {
		UserAgentAnalyzer current = analyzer;
		if (current == null) {
			synchronized (this) {
				if (analyzer == null) {
					analyzer = UserAgentAnalyzer.newBuilder()
						.withFields(UserAgent.AGENT_NAME, UserAgent.OPERATING_SYSTEM_NAME, UserAgent.DEVICE_CLASS)
						.withCache(10_000)
						.hideMatcherLoadStats()
						.build();
				}
				current = analyzer;
			}
		}
		return current;
	}
}
