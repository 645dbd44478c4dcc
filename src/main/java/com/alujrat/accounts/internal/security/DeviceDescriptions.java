package com.alujrat.accounts.internal.security;

/** A short human description of a browser ("Chrome on Android") from its User-Agent. */
public final class DeviceDescriptions {

	private DeviceDescriptions() {
	}

	public static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown device";
		}
		return browser(userAgent) + " on " + system(userAgent);
	}

	private static String browser(String ua) {
		if (ua.contains("Edg/")) {
			return "Edge";
		}
		if (ua.contains("OPR/")) {
			return "Opera";
		}
		if (ua.contains("Firefox/")) {
			return "Firefox";
		}
		if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("HeadlessChrome")) {
			return "Chrome";
		}
		if (ua.contains("Safari/")) {
			return "Safari";
		}
		if (ua.startsWith("Java-http-client") || ua.contains("okhttp") || ua.contains("Dalvik")) {
			return "App";
		}
		return "Browser";
	}

	private static String system(String ua) {
		if (ua.contains("Android")) {
			return "Android";
		}
		if (ua.contains("iPhone") || ua.contains("iPad")) {
			return "iOS";
		}
		if (ua.contains("Windows")) {
			return "Windows";
		}
		if (ua.contains("Mac OS X")) {
			return "macOS";
		}
		if (ua.contains("Linux")) {
			return "Linux";
		}
		return "unknown system";
	}
}
