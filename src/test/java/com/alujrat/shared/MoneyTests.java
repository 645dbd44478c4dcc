package com.alujrat.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	private static final Locale URDU = Locale.forLanguageTag("ur");

	@Test
	void amountsAreGroupedInLakhsAndCroresAsPakistanWritesThem() {
		assertThat(Money.rupees(150_000).format(Locale.ENGLISH)).isEqualTo("Rs 1,50,000");
		assertThat(Money.rupees(12_345_678).format(Locale.ENGLISH)).isEqualTo("Rs 1,23,45,678");
		assertThat(Money.rupees(999).format(Locale.ENGLISH)).isEqualTo("Rs 999");
		assertThat(Money.rupees(1_000).format(Locale.ENGLISH)).isEqualTo("Rs 1,000");
	}

	@Test
	void paisaShowOnlyWhenThereAreAny() {
		assertThat(new Money(150_050).format(Locale.ENGLISH)).isEqualTo("Rs 1,500.50");
		assertThat(new Money(-2_500_00).format(Locale.ENGLISH)).isEqualTo("-Rs 2,500");
	}

	@Test
	void urduReadersSeeTheRupeeWord() {
		assertThat(Money.rupees(150_000).format(URDU)).isEqualTo("1,50,000 روپے");
	}

	@Test
	void arithmeticStaysInWholePaisa() {
		assertThat(Money.rupees(10).plus(new Money(5)).minus(Money.rupees(1))).isEqualTo(new Money(905));
	}
}
