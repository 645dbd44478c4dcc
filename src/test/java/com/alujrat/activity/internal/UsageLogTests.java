package com.alujrat.activity.internal;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsageLogTests {

	@Test
	void aFullBufferDropsAndCountsInsteadOfMakingTheRequestWait() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		UsageLog log = new UsageLog(null, null, null, meters, 2);
		for (int i = 0; i < 5; i++) {
			log.record(new UsageLog.Visit(Instant.now(), null, null, "10.0.0.1", "", "GET", "/", null, 200, false,
					false));
		}
		assertThat(log.dropped()).isEqualTo(3);
		assertThat(meters.get("alujrat.activity.dropped").functionCounter().count()).isEqualTo(3.0);
	}
}
