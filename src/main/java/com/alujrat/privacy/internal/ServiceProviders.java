package com.alujrat.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kinds of processors the platform shares data with (policy 3.2) and who they are, as the operator configures
 * them under {@code alujrat.privacy.providers.<kind>}; the "Service providers" page lists them.
 */
@ConfigurationProperties("alujrat.privacy")
public record ServiceProviders(Map<String, String> providers) {

	public ServiceProviders {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("payments", "JazzCash, Easypaisa");
		all.put("hosting", "Cloud hosting (servers and file storage)");
		all.put("mail", "Email delivery (SMTP)");
		all.put("sms", "SMS gateway");
		all.put("analytics", "None: usage analytics runs on Al Ujrat's own servers");
		if (providers != null) {
			// Only the kinds the page can describe; each is named in both languages.
			providers.forEach((kind, names) -> all.computeIfPresent(kind, (k, v) -> names));
		}
		providers = all;
	}
}
