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
 * The installable app's service worker, written with the current fingerprinted asset URLs: it precaches the assets
 * every page uses and the offline page under a cache named after them, keeps the stylesheet of a language once a
 * page used it (an English reader never downloads the Urdu one on a metered connection), drops every older cache
 * when a new version activates, answers those assets from the cache, and shows the offline page when a page cannot
 * be loaded without a network.
 */
@Controller
class OfflineShell {

	static final String OFFLINE = "/offline";

	private static final List<String> SHELL = List.of("/css/app.css", "/js/app.js", "/img/icon.svg",
			"/webjars/htmx.org/dist/htmx.min.js");

	private static final List<String> ON_USE = List.of("/webjars/bootstrap/dist/css/bootstrap.min.css",
			"/webjars/bootstrap/dist/css/bootstrap.rtl.min.css");

	private final ResourceUrlProvider assets;

	OfflineShell(ResourceUrlProvider assets) {
		this.assets = assets;
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		List<String> shell = urls(SHELL);
		List<String> onUse = urls(ON_USE);
		String version = Secrets.hash(String.join(",", shell) + String.join(",", onUse)).substring(0, 12);
		String script = """
				// Generated for this version of the platform's assets; a new version replaces the old cache.
				var SHELL = 'alujrat-%s';
				var ASSETS = [%s];
				var ON_USE = [%s];
				var OFFLINE = '%s';
				self.addEventListener('install', function (event) {
				  // The offline page is fetched without cookies: what is kept on the phone names nobody.
				  event.waitUntil(caches.open(SHELL).then(function (cache) {
				    return cache.addAll(ASSETS).then(function () {
				      return cache.add(new Request(OFFLINE, { credentials: 'omit' }));
				    });
				  })
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
				  var path = new URL(request.url).pathname;
				  if (ASSETS.indexOf(path) >= 0) {
				    event.respondWith(caches.match(request).then(function (hit) { return hit || fetch(request); }));
				  }
				  else if (ON_USE.indexOf(path) >= 0) {
				    event.respondWith(caches.match(request).then(function (hit) {
				      return hit || fetch(request).then(function (response) {
				        if (response.ok) {
				          var copy = response.clone();
				          caches.open(SHELL).then(function (cache) { cache.put(request, copy); });
				        }
				        return response;
				      });
				    }));
				  }
				});
				""".formatted(version, quoted(shell), quoted(onUse), OFFLINE);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.valueOf("text/javascript"))
			.body(script);
	}

	private List<String> urls(List<String> paths) {
		return paths.stream().map(path -> {
			String url = assets.getForLookupPath(path);
			return url != null ? url : path;
		}).toList();
	}

	private static String quoted(List<String> urls) {
		return urls.stream().map(url -> "'" + url + "'").collect(Collectors.joining(", "));
	}

	@GetMapping(OFFLINE)
	String offline() {
		return "offline";
	}
}
