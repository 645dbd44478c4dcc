package com.alujrat.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string comes from both bundles: a key missing from English or Urdu fails the build. */
class MessageBundleTests {

	// A quoted key, unless more is appended to it ("home.steps." + i).
	private static final Pattern QUOTED = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9]+)+)\"(?!\\s*\\+)");

	private static final Pattern VALIDATION = Pattern.compile("\\{([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9]+)+)}");

	@Test
	void englishAndUrduHaveTheSameKeys() throws IOException {
		assertThat(load("messages_ur.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyTheCodeAndTemplatesNameExistsInBothBundles() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> urdu = load("messages_ur.properties").stringPropertyNames();
		Set<String> prefixes = new HashSet<>();
		english.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') > 0 ? key.indexOf('.') : key.length())));
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				collect(QUOTED.matcher(text), prefixes, used);
				collect(VALIDATION.matcher(text), prefixes, used);
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(english).containsAll(used);
		assertThat(urdu).containsAll(used);
	}

	private static void collect(Matcher matcher, Set<String> prefixes, Set<String> used) {
		while (matcher.find()) {
			String key = matcher.group(1);
			if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".")) {
				used.add(key);
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}
}
