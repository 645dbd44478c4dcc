package com.alujrat.platform.web;

import java.util.Locale;

/** The languages the platform speaks. */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale URDU = Locale.forLanguageTag("ur");

	/** Where the chosen language lives for the session (a cookie keeps it only with preference consent). */
	public static final String SESSION_ATTRIBUTE = Languages.class.getName() + ".locale";

	private Languages() {
	}

	public static boolean isUrdu(Locale locale) {
		return locale != null && "ur".equals(locale.getLanguage());
	}

	/** Anything other than Urdu is served in English. */
	public static Locale supported(Locale requested) {
		return isUrdu(requested) ? URDU : ENGLISH;
	}
}
