package com.alujrat.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Light pages: fingerprinted assets cached for a year, compressed text, and only public pages for search engines. */
@IntegrationTest
class WebAssetsTests extends PlatformTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void assetsHaveFingerprintedUrlsAndAreCachedForAYearWhilePagesAreNot() throws Exception {
		String home = get("/", "identity").body();
		Matcher css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(css.find()).as("the page asks for a fingerprinted stylesheet").isTrue();
		Matcher bootstrap = Pattern.compile("href=\"(/webjars/[^\"]*bootstrap\\.min-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(bootstrap.find()).isTrue();

		for (String asset : new String[] { css.group(1), bootstrap.group(1) }) {
			HttpResponse<String> response = get(asset, "identity");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control").orElse(""))
				.contains("max-age=31536000").contains("public").contains("immutable");
		}
		assertThat(get("/", "identity").headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	@Test
	void textIsCompressedOurScriptComesPrecompressedAndTheFontIsFingerprintedToo() throws Exception {
		HttpResponse<String> page = get("/login", "gzip");
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String login = get("/login", "identity").body();
		String js = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"").matcher(login).results().findFirst()
			.orElseThrow().group(1);
		HttpResponse<String> script = get(js, "gzip");
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(script.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
		String css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(login).results().findFirst()
			.orElseThrow().group(1);
		assertThat(get(css, "identity").body()).containsPattern("/fonts/noto-nastaliq-urdu-arabic-400-normal-[0-9a-f]{32}\\.woff2");
	}

	@Test
	void searchEnginesSeeOnlyThePublicPages() throws Exception {
		String robots = get("/robots.txt", "identity").body();
		assertThat(robots).contains("Disallow: /account/").contains("Disallow: /freelancers").contains("Disallow: /projects")
			.contains("Sitemap: ");
		String sitemap = get("/sitemap.xml", "identity").body();
		assertThat(sitemap).contains("/privacy</loc>").doesNotContain("/freelancers").doesNotContain("/account");

		String home = get("/", "identity").body();
		assertThat(home).contains("<meta name=\"description\"").contains("property=\"og:title\"")
			.doesNotContain("noindex");
		assertThat(get("/password-reset", "identity").body()).contains("<meta name=\"robots\" content=\"noindex");
		People.Person freelancer = people.verified("FREELANCER");
		assertThat(new Browserless(port).get("/freelancers/" + freelancer.id()).body()).contains("noindex")
			.doesNotContain("og:title");
	}

	@Test
	void theServiceWorkerPrecachesTheCurrentAssetsAndAnOfflinePage() throws Exception {
		String worker = get("/sw.js", "identity").body();
		String css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(get("/", "identity").body())
			.results().findFirst().orElseThrow().group(1);
		assertThat(worker).contains("'" + css + "'").contains("'/offline'").contains("caches.delete");
		assertThat(worker).as("the offline page kept on the phone is fetched without cookies, so it names nobody")
			.contains("new Request(OFFLINE, { credentials: 'omit' })");
		assertThat(get("/offline", "identity").body()).contains("data-testid=\"offline\"");
	}

	private HttpResponse<String> get(String path, String encoding) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Encoding", encoding).build(),
				HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1));
	}
}
