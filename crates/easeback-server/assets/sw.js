// Easeback's service worker. It keeps what a person needs with no signal —
// the offline page with the emergency numbers, the guidance pages and the
// files they use — and nothing personal: the diary, insights, settings,
// account, report, sign-in and the API always go to the network and are
// never stored. Pages are fetched from the network first; the stored copy,
// or else the offline page, is the fallback. The version changes with every
// build that changes a file, and the old cache is dropped then.
const VERSION = "__VERSION__";
const CACHE = "easeback-" + VERSION;
// guidance pages, stored as anyone sees them (no cookies sent: nothing of
// a signed-in person's ends up in the cache)
const GUIDES = ["/quick", "/exercises", "/routine", "/session", "/tightenings"];
const FILES = [
  "/assets/style.css", "/assets/site.js", "/assets/tz.js", "/assets/session.js",
  "/assets/tightenings.js", "/assets/exercises.js", "/assets/icon.svg", "/manifest.webmanifest",
];
// the offline page is stored with the region cookie, so it shows the
// person's own numbers (it holds nothing else about them)
const OFFLINE = "/offline";
const NEVER = /^\/(api|diary|insights|settings|account|report|signin|signup|signout|reminders)/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.add(new Request(OFFLINE, { credentials: "same-origin" }));
    await cache.addAll([...GUIDES, ...FILES].map((u) => new Request(u, { credentials: "omit" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  const personal = NEVER.test(url.pathname);
  if (req.mode === "navigate") {
    // the network first; with no connection a stored guidance page, or the
    // offline page (personal pages are never stored, so they get it too)
    event.respondWith((async () => {
      try {
        return await fetch(req);
      } catch (e) {
        const cache = await caches.open(CACHE);
        return (!personal && (await cache.match(url.pathname))) || (await cache.match(OFFLINE));
      }
    })());
    return;
  }
  if (personal) return;
  // files: the stored copy of this build, else the network
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(url.pathname)) || fetch(req);
  })());
});
