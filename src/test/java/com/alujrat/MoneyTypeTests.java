package com.alujrat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money is integer paisa: the payments and billing code never holds or computes it as floating point or BigDecimal. */
class MoneyTypeTests {

	private static final Set<String> FORBIDDEN = Set.of(float.class.getName(), double.class.getName(),
			Float.class.getName(), Double.class.getName(), BigDecimal.class.getName());

	private final JavaClasses code = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.alujrat.payments", "com.alujrat.billing");

	@Test
	void paymentsAndBillingUseNoFloatingPointOrBigDecimal() {
		classes().should(useNoFloatingPointOrBigDecimal()).check(code);
	}

	@Test
	void theRuleCatchesAClassThatComputesInDoubles() {
		JavaClasses offender = new ClassFileImporter().importClasses(java.util.Random.class);
		assertThatThrownBy(() -> classes().should(useNoFloatingPointOrBigDecimal()).check(offender))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("nextDouble");
	}

	private static ArchCondition<JavaClass> useNoFloatingPointOrBigDecimal() {
		return new ArchCondition<>("use no float, double or BigDecimal") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				javaClass.getFields().stream()
					.filter(f -> FORBIDDEN.contains(f.getRawType().getName()))
					.forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is " + f.getRawType().getName())));
				javaClass.getCodeUnits().forEach(unit -> {
					List<String> types = new java.util.ArrayList<>(unit.getRawParameterTypes().stream().map(JavaClass::getName).toList());
					types.add(unit.getRawReturnType().getName());
					types.stream().filter(FORBIDDEN::contains)
						.forEach(t -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses " + t)));
				});
				javaClass.getDirectDependenciesFromSelf().stream()
					.filter(d -> FORBIDDEN.contains(d.getTargetClass().getName()))
					.forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
			}
		};
	}
}
