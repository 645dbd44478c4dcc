package com.alujrat.shared;

import java.util.Locale;

/**
 * An amount in Pakistani rupees, held in paisa so that no floating point ever touches money.
 */
public record Money(long paisa) implements Comparable<Money> {

	public static Money rupees(long rupees) {
		return new Money(Math.multiplyExact(rupees, 100));
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(paisa, other.paisa));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(paisa, other.paisa));
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(paisa, other.paisa);
	}

	/**
	 * Formats the way people in Pakistan write amounts: lakh and crore grouping ("Rs 1,50,000"), paisa only when
	 * there are any, and the rupee word of the reader's language.
	 */
	public String format(Locale locale) {
		long abs = Math.abs(paisa);
		String rupees = groupSouthAsian(abs / 100);
		long rest = abs % 100;
		String amount = rest == 0 ? rupees : rupees + "." + String.format(Locale.ROOT, "%02d", rest);
		String sign = paisa < 0 ? "-" : "";
		if ("ur".equals(locale.getLanguage())) {
			return sign + amount + " روپے";
		}
		return sign + "Rs " + amount;
	}

	private static String groupSouthAsian(long value) {
		String digits = Long.toString(value);
		if (digits.length() <= 3) {
			return digits;
		}
		String lastThree = digits.substring(digits.length() - 3);
		String head = digits.substring(0, digits.length() - 3);
		StringBuilder grouped = new StringBuilder();
		int firstGroup = head.length() % 2 == 0 ? 2 : 1;
		grouped.append(head, 0, firstGroup);
		for (int i = firstGroup; i < head.length(); i += 2) {
			grouped.append(',').append(head, i, i + 2);
		}
		return grouped.append(',').append(lastThree).toString();
	}
}
