// Caches the application shell (styles, scripts, icon) so the installed app opens quickly; pages stay live.
var SHELL = 'alujrat-shell-v1';
var ASSETS = ['/css/app.css', '/js/app.js', '/img/icon.svg', '/webjars/bootstrap/dist/css/bootstrap.min.css',
  '/webjars/bootstrap/dist/css/bootstrap.rtl.min.css', '/webjars/htmx.org/dist/htmx.min.js'];
self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(ASSETS); }));
});
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== SHELL; }).map(function (k) { return caches.delete(k); }));
  }));
});
self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || ASSETS.indexOf(url.pathname) < 0) { return; }
  event.respondWith(caches.match(event.request).then(function (hit) { return hit || fetch(event.request); }));
});
