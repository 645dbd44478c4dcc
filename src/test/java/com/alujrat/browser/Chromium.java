package com.alujrat.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Debian Chromium driven by Playwright, one browser per test class. Chromium comes from the system
 * ({@code apt-get install chromium}); Playwright never downloads its own.
 */
public class Chromium implements BeforeAllCallback, AfterAllCallback {

	private static final Path EXECUTABLE = Path.of(System.getProperty("alujrat.chromium", "/usr/bin/chromium"));

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException("Browser tests need Chromium at " + EXECUTABLE
					+ ": apt-get install chromium chromium-driver (see README)");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
	}

	public BrowserContext newContext(String locale) {
		return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844));
	}

	/** A phone-sized context in which pages cannot register a service worker. */
	public BrowserContext newContextWithoutServiceWorkers(String locale) {
		return browser.newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 844)
			.setServiceWorkers(com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		cleanTempFolders();
	}

	private static void cleanTempFolders() throws IOException {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		if (!Files.isDirectory(tmp)) {
			return;
		}
		try (var entries = Files.list(tmp)) {
			for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith("playwright-java-")).toList()) {
				deleteRecursively(entry);
			}
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		try (var walk = Files.walk(path)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
