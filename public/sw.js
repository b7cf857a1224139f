/*
 * Pantau Peduli's service worker: once the app has been opened, the shell and the latest public data stay
 * on the device, so the meeting deck (/rapat) still shows when the room's wifi fails.
 *
 * - /assets/*: cache first (the names are content hashes, the files never change).
 * - Page loads: network first; without a network, the cached shell (index.html serves every route).
 * - GET /api/*: network first, the cached answer without a network. Never /api/auth/* or /api/admin/*
 *   (session and staff-only data), never an answer that is not 200 or that says no-store or private.
 * An answer taken from the cache because the network failed carries `X-Pantau-Offline: 1`, which the
 * app reads to say plainly that its data is not live (src/offline/connection-store.ts).
 *
 * Plain JavaScript in public/, copied into dist/ as is: bump VERSION when this file's caching changes.
 */
const VERSION = 'v1';
const CACHE = `pantau-peduli-${VERSION}`;
const SHELL = '/';
const OFFLINE_HEADER = 'X-Pantau-Offline';

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pantau-peduli-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The page that registered the worker loaded its files before the worker existed: it sends their URLs here. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return;
  event.waitUntil(Promise.all(data.urls.map((href) => cacheLoaded(href).catch(() => undefined))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (isCacheableApi(url)) {
    event.respondWith(networkFirst(request, request));
  } else if (request.mode === 'navigate' && isAppRoute(url)) {
    event.respondWith(networkFirst(request, SHELL, isHtml));
  }
});

function isCacheableApi(url) {
  return url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/auth/') && !url.pathname.startsWith('/api/admin/');
}

/** Routes the SPA draws. /s/* are the server's own snapshot pages (no-store, a secret in the address). */
function isAppRoute(url) {
  return !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/s/');
}

function isHtml(response) {
  return (response.headers.get('content-type') || '').startsWith('text/html');
}

function storable(response) {
  if (response.status !== 200 || response.type !== 'basic') return false;
  return !/no-store|private/i.test(response.headers.get('cache-control') || '');
}

async function put(key, response) {
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
}

async function precacheShell() {
  try {
    const response = await fetch(SHELL, { cache: 'no-cache' });
    if (!storable(response) || !isHtml(response)) return;
    const html = await response.clone().text();
    await put(SHELL, response);
    // The entry script and styles the shell names; lazy chunks follow as the app asks for them.
    const assets = [...new Set(html.match(/\/assets\/[^"'\s)>]+/g) || [])];
    const cache = await caches.open(CACHE);
    await Promise.all(assets.map((asset) => cache.add(asset).catch(() => undefined)));
  } catch {
    // Offline at install: nothing to keep yet; the next visit installs again.
  }
}

async function cacheLoaded(href) {
  const url = new URL(href, self.location.origin);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    const cache = await caches.open(CACHE);
    if (!(await cache.match(url.href))) await cache.add(url.href);
  } else if (isCacheableApi(url)) {
    const response = await fetch(url.href, { headers: { accept: 'application/json' } });
    if (storable(response)) await put(url.href, response);
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (storable(response)) await cache.put(request, response.clone());
  return response;
}

// Meeting-room wifi often hangs rather than fails: past this, a saved copy is shown while the network goes on.
const NETWORK_TIMEOUT_MS = 6000;

async function savedCopy(key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key, { ignoreVary: true });
  if (!cached) return null;
  const headers = new Headers(cached.headers);
  headers.set(OFFLINE_HEADER, '1');
  return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
}

async function networkFirst(request, key, accept = () => true) {
  const keep = (response) => (storable(response) && accept(response) ? put(key, response.clone()) : undefined);
  const network = fetch(request);
  let response;
  try {
    response = await Promise.race([network, new Promise((ok) => setTimeout(() => ok(null), NETWORK_TIMEOUT_MS))]);
    if (response === null) {
      const saved = await savedCopy(key);
      if (saved) {
        // The late answer still refreshes the copy for next time.
        network.then(keep).catch(() => undefined);
        return saved;
      }
      response = await network;
    }
  } catch (error) {
    const saved = await savedCopy(key);
    if (!saved) throw error;
    return saved;
  }
  await keep(response);
  return response;
}
