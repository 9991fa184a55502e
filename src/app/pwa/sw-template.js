// ToC Studio service worker (offline app shell). TEMPLATE: scripts/vite-sw-plugin.mjs fills in
// VERSION and PRECACHE at build time and writes dist/sw.js. Not bundled, not used in dev.
//
// - install: precache every built file under a versioned cache name; wait (no skipWaiting here).
// - activate: delete older caches, take control of open pages.
// - message {type: "SKIP_WAITING"}: sent by the page when the user chooses to update.
// - fetch: only same-origin GET. The app page comes from the cache (the same version as the
//   precached assets), falling back to the network; other files are cache-first.

const VERSION = "__SW_VERSION__";
const PRECACHE = /* __SW_PRECACHE__ */ [];
const CACHE_PREFIX = "toc-studio-";
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const scopeUrl = new URL("./", self.location.href);
const INDEX_URL = new URL("index.html", scopeUrl).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

/** The app's own page: the scope root or index.html, whatever the query or hash. */
function isAppPage(url) {
  const bare = url.origin + url.pathname;
  return bare === scopeUrl.href || bare === INDEX_URL;
}

async function fromCacheThenNetwork(cacheKey, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(cacheKey);
  return cached ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.headers.has("range") || request.headers.get("upgrade")) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The host's session settings must be read fresh: leave them to the network.
  if (url.pathname.endsWith("/session-config.json")) return;
  if (request.mode === "navigate" && isAppPage(url)) {
    event.respondWith(fromCacheThenNetwork(INDEX_URL, request));
    return;
  }
  event.respondWith(fromCacheThenNetwork(request, request));
});
