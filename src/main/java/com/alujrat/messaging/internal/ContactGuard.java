package com.alujrat.messaging.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides contact details in a message between two users no contract links yet, so that a hire happens on the platform
 * (its escrow protects both). It finds email addresses (also written "name at gmail dot com"), phone numbers of ten
 * digits or more in any writing (+92 300 1234567, 0300-123.4567, Urdu digits, "zero three zero zero ..."), and
 * messenger handles (WhatsApp, Telegram, Skype and the like, @handles, wa.me and t.me links).
 */
public final class ContactGuard {

	public static final String HIDDEN = "•••";

	private static final String DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine";

	// With an @ any top-level domain counts; spelled out ("at", "dot") only the common ones, so prose stays as written.
	private static final Pattern EMAIL = Pattern.compile(
			"(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+\\s?@\\s*[\\p{L}\\p{N}-]+(?:\\s*\\.\\s*[\\p{L}\\p{N}-]+)*\\s*\\.\\s*\\p{L}{2,}"
					+ "|(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+(?:\\s?\\(at\\)|\\s?\\[at\\]|\\s+at\\s+)\\s?[\\p{L}\\p{N}-]+(?:(?:\\s?\\.|\\s?\\(dot\\)|\\s?\\[dot\\]|\\s+dot\\s+)\\s?[\\p{L}\\p{N}-]+)*(?:\\s?\\.|\\s?\\(dot\\)|\\s?\\[dot\\]|\\s+dot\\s+)\\s?(?:com|net|org|pk|edu|io|co|info|me|biz|uk|us|ae|gov|dev|ai|ru|in)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final String UNIT = "(?:\\p{Nd}|\\b(?:" + DIGIT_WORD + ")\\b)";

	private static final Pattern DIGIT_RUN = Pattern.compile("(?:\\+\\s*)?" + UNIT + "(?:[\\s.\\-()/,_*|~]*" + UNIT + ")*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern DIGIT_WORDS = Pattern.compile("\\b(?:" + DIGIT_WORD + ")\\b", Pattern.CASE_INSENSITIVE);

	// A messenger's name counts only with what introduces a handle (a colon, "id", an @) or a handle with a digit in it,
	// so "can we talk on WhatsApp later?" stays as written.
	private static final Pattern HANDLE = Pattern.compile(
			"(?:\\b(?:whats\\s*app|wa|telegram|tg|skype|signal|viber|imo|wechat|instagram|insta|ig|snap(?:chat)?|facebook|fb|messenger|linkedin|discord)\\b"
					+ "\\s*(?:(?:id|handle|user\\s*name|username|no\\.?|number)\\s*[:=\\-]?\\s*|[:=\\-]\\s*|(?:is|at|on|me)?\\s*(?=@)|\\s+(?=[\\p{L}\\p{N}_.\\-:]*\\p{N}))"
					+ "@?[\\p{L}\\p{N}_.\\-:]{3,})"
					+ "|(?:\\b(?:wa\\.me|t\\.me|m\\.me|skype:|discord\\.gg)/?\\S+)"
					+ "|(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]{3,}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	private ContactGuard() {
	}

	/** The text with every contact detail replaced by {@link #HIDDEN}; the same text if it has none. */
	public static String mask(String text) {
		String masked = EMAIL.matcher(text).replaceAll(HIDDEN);
		masked = maskPhones(masked);
		return HANDLE.matcher(masked).replaceAll(HIDDEN);
	}

	public static boolean hasContactDetails(String text) {
		return !mask(text).equals(text);
	}

	private static String maskPhones(String text) {
		Matcher run = DIGIT_RUN.matcher(text);
		StringBuilder out = new StringBuilder();
		while (run.find()) {
			run.appendReplacement(out, digits(run.group()) >= 10 ? HIDDEN : Matcher.quoteReplacement(run.group()));
		}
		run.appendTail(out);
		return out.toString();
	}

	private static int digits(String run) {
		int count = (int) run.codePoints().filter(Character::isDigit).count();
		Matcher words = DIGIT_WORDS.matcher(run);
		while (words.find()) {
			count++;
		}
		return count;
	}
}
