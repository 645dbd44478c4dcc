package com.alujrat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AlUjratApplication.class);

	@Test
	void modulesOnlyUseEachOthersApisAndTheirDeclaredDependenciesWithoutCycles() {
		modules.verify();
	}

	/** Module canvases and diagrams under target/spring-modulith-docs, rebuilt with every test run. */
	@Test
	void documentationIsWrittenFromTheCode() {
		new Documenter(modules).writeDocumentation();
	}
}
