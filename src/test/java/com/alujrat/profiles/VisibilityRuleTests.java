package com.alujrat.profiles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisibilityRuleTests {

	@ParameterizedTest(name = "{0} seen by {1}: {2}")
	@CsvSource({ "PUBLIC, PUBLIC, true", "PUBLIC, REGISTERED, true", "PUBLIC, HIRED, true", "PUBLIC, STAFF, true",
			"PUBLIC, OWNER, true", "REGISTERED, PUBLIC, false", "REGISTERED, REGISTERED, true",
			"REGISTERED, HIRED, true", "REGISTERED, STAFF, true", "REGISTERED, OWNER, true",
			"AFTER_HIRE, PUBLIC, false", "AFTER_HIRE, REGISTERED, false", "AFTER_HIRE, HIRED, true",
			"AFTER_HIRE, STAFF, true", "AFTER_HIRE, OWNER, true", "PRIVATE, PUBLIC, false",
			"PRIVATE, REGISTERED, false", "PRIVATE, HIRED, false", "PRIVATE, STAFF, true", "PRIVATE, OWNER, true" })
	void eachSettingShowsASectionToExactlyItsViewers(Visibility setting, Viewer viewer, boolean shown) {
		assertThat(setting.allows(viewer)).isEqualTo(shown);
	}
}
