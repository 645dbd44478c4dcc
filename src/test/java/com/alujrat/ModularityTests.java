package com.alujrat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
		ApplicationModules.of(AlUjratApplication.class).verify();
	}
}
