package com.alujrat.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks. */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale URDU = Locale.forLanguageTag("ur");

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, URDU);

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
