package com.alujrat.profiles;

import java.util.EnumSet;
import java.util.Set;

/** The parts of a profile whose visibility the owner chooses, with the defaults the platform starts from. */
public enum Section {

	PHOTO(Visibility.REGISTERED), HEADLINE(Visibility.REGISTERED), BIO(Visibility.REGISTERED),
	SKILLS(Visibility.REGISTERED), RATE(Visibility.REGISTERED), LANGUAGES(Visibility.REGISTERED),
	AVAILABILITY(Visibility.REGISTERED), EXPERIENCE(Visibility.REGISTERED), EDUCATION(Visibility.REGISTERED),
	PORTFOLIO(Visibility.REGISTERED), COMPANY(Visibility.REGISTERED), LOCATION(Visibility.AFTER_HIRE),
	PHONE(Visibility.AFTER_HIRE), EMAIL(Visibility.AFTER_HIRE);

	/** Contact details are never public, whatever the owner chooses. */
	public static final Set<Section> NEVER_PUBLIC = EnumSet.of(PHONE, EMAIL);

	private final Visibility byDefault;

	Section(Visibility byDefault) {
		this.byDefault = byDefault;
	}

	public Visibility byDefault() {
		return byDefault;
	}
}
