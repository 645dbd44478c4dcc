package com.alujrat.platform.web;

import java.util.List;
import java.util.stream.Collectors;

import com.alujrat.platform.Secrets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The installable app's service worker, written with the current fingerprinted asset URLs: it precaches them and
 * the offline page under a cache named after them, drops every older cache when a new version activates, answers
 * those assets from the cache, and shows the offline page when a page cannot be loaded without a network.
 */
@Controller
class OfflineShell {

	static final String OFFLINE = "/offline";

	private static final List<String> SHELL = List.of("/css/app.css", "/js/app.js", "/img/icon.svg",
			"/webjars/bootstrap/dist/css/bootstrap.min.css", "/webjars/bootstrap/dist/css/bootstrap.rtl.min.css",
			"/webjars/htmx.org/dist/htmx.min.js");

	private final ResourceUrlProvider assets;

	OfflineShell(ResourceUrlProvider assets) {
		this.assets = assets;
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		List<String> urls = SHELL.stream().map(path -> {
			String url = assets.getForLookupPath(path);
			return url != null ? url : path;
		}).toList();
		String list = urls.stream().map(url -> "'" + url + "'").collect(Collectors.joining(", "));
		String version = Secrets.hash(String.join(",", urls)).substring(0, 12);
		String script = """
				// Generated for this version of the platform's assets; a new version replaces the old cache.
				var SHELL = 'alujrat-%s';
				var ASSETS = [%s];
				var OFFLINE = '%s';
				self.addEventListener('install', function (event) {
				  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(ASSETS.concat([OFFLINE])); })
				    .then(function () { return self.skipWaiting(); }));
				});
				self.addEventListener('activate', function (event) {
				  event.waitUntil(caches.keys().then(function (keys) {
				    return Promise.all(keys.filter(function (k) { return k !== SHELL; }).map(function (k) { return caches.delete(k); }));
				  }).then(function () { return self.clients.claim(); }));
				});
				self.addEventListener('fetch', function (event) {
				  var request = event.request;
				  if (request.method !== 'GET') { return; }
				  if (request.mode === 'navigate') {
				    event.respondWith(fetch(request).catch(function () { return caches.match(OFFLINE); }));
				    return;
				  }
				  if (ASSETS.indexOf(new URL(request.url).pathname) >= 0) {
				    event.respondWith(caches.match(request).then(function (hit) { return hit || fetch(request); }));
				  }
				});
				""".formatted(version, list, OFFLINE);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.valueOf("text/javascript"))
			.body(script);
	}

	@GetMapping(OFFLINE)
	String offline() {
		return "offline";
	}
}
