package com.alujrat.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Token buckets against automation (per IP, per account). Buckets live in this node's memory; across nodes the
 * limit is per node, which still stops a single client's bursts.
 */
@Component
public class RateLimits {

	private static final int MAX_KEYS = 50_000;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	};

	/** True when the action under {@code key} is still within {@code count} per {@code period}. */
	public boolean tryAcquire(String key, int count, Duration period) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.computeIfAbsent(key + "|" + count + "|" + period,
					k -> Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(count).refillGreedy(count, period).build())
						.build());
		}
		return bucket.tryConsume(1);
	}
}
