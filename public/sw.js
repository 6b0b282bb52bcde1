// Service worker of the course: precaches the whole static export on the
// first visit, so every lesson, the slides and the lab (terminal and engine
// chunks included) work without a network afterwards.
//
// - Pages (navigations) are network-first with a timeout, so a new deploy is
//   shown on the next visit while online. Offline, or when the network takes
//   longer than NAVIGATION_TIMEOUT_MS, the precached page is served.
// - Everything else is cache-first: Next's /_next/static files have content
//   hashes in their names, and the other files change only with a new manifest.
// - `npm run build` replaces the manifest below (scripts/postbuild/precache.ts).
//   A new build changes its version, so the browser installs the new worker,
//   which precaches the new files and then takes over at once.

const MANIFEST = /* PRECACHE_MANIFEST */ { version: 'development', urls: [] }
const CACHE_PREFIX = 'container-sicuri-'
const CACHE_NAME = `${CACHE_PREFIX}${MANIFEST.version}`
const NAVIGATION_TIMEOUT_MS = 3000
// Files under this prefix never change content under the same name, so an
// older cache can supply them instead of the network.
const IMMUTABLE_PREFIX = '/_next/static/'

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldCaches().then(() => self.clients.claim()))
})

self.addEventListener('message', (event) => {
  if (event.data === 'version') event.source?.postMessage({ version: MANIFEST.version, files: MANIFEST.urls.length })
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return

  if (request.mode === 'navigate') event.respondWith(networkFirst(request))
  else event.respondWith(cacheFirst(request))
})

async function precache() {
  const cache = await caches.open(CACHE_NAME)

  for (const url of MANIFEST.urls) {
    if (await cache.match(url)) continue

    const reused = url.startsWith(IMMUTABLE_PREFIX) ? await caches.match(url) : undefined
    if (reused) {
      await cache.put(url, reused)
      continue
    }

    // 'no-cache' revalidates with the server, so the HTTP cache cannot hand
    // the new worker a page of the previous deploy.
    const response = await fetch(new Request(url, { cache: 'no-cache' }))
    if (!response.ok) throw new Error(`precache of ${url} failed: HTTP ${response.status}; the worker stays uninstalled and the browser retries on the next visit`)
    await cache.put(url, response)
  }
}

// Keeps the current cache and the one before it: a page opened before the
// update may still load lazy chunks of the previous build (the lab).
async function deleteOldCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
  const stale = names.slice(0, -1)
  await Promise.all(stale.map((name) => caches.delete(name)))
}

async function networkFirst(request) {
  try {
    return await fetchWithTimeout(request, NAVIGATION_TIMEOUT_MS)
  } catch {
    return (await matchPage(request)) ?? (await cachedResponse('/404.html')) ?? Response.error()
  }
}

async function cacheFirst(request) {
  const cached = await cachedResponse(request)
  return cached ?? fetch(request)
}

// Looks the page up in the current cache first, then in any older one. The
// query string is ignored (`?test`), and `/lezioni/x` finds `/lezioni/x/`.
async function matchPage(request) {
  const url = new URL(request.url)
  const withSlash = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  return (await cachedResponse(url.pathname)) ?? (await cachedResponse(withSlash))
}

async function cachedResponse(request) {
  const cache = await caches.open(CACHE_NAME)
  const options = { ignoreSearch: true }
  return (await cache.match(request, options)) ?? (await caches.match(request, options))
}

function fetchWithTimeout(request, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`request timed out after ${timeoutMs} ms`)), timeoutMs)
    fetch(request).then(
      (response) => {
        clearTimeout(timer)
        resolve(response)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
