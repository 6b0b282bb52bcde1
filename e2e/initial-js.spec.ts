import { expect, test, type Page } from '@playwright/test'

// Strings that exist only in xterm.js and in the simulated engine. If one of
// them shows up in the JavaScript a lesson page loads for its first view (up
// to the load event), the lazy loading is broken.
const XTERM_MARKER = 'xterm-helper-textarea'
const ENGINE_MARKER = 'Health check exceeded timeout'

declare global {
  interface Window {
    /** URLs of the resources the page fetched up to its load event, recorded by recordFirstView. */
    __firstViewResources?: string[]
  }
}

/**
 * Records the URLs the page fetches up to its load event: the first view.
 * The lab prefetches xterm and the engine after that event, on idle.
 */
async function recordFirstView(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.addEventListener('load', () => {
      window.__firstViewResources = performance.getEntriesByType('resource').map((entry) => entry.name)
    })
  })
}

/** Collects the body of every script the page fetches. */
function collectScripts(page: Page): Array<{ url: string; body: string }> {
  const scripts: Array<{ url: string; body: string }> = []
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push({ url: response.url(), body: await response.text() })
  })
  return scripts
}

test('lesson first-view JavaScript excludes xterm and the engine', async ({ page }) => {
  await recordFirstView(page)
  const scripts = collectScripts(page)

  await page.goto('/lezioni/health-check/')
  await page.waitForLoadState('networkidle')
  const firstView = new Set(await page.evaluate(() => window.__firstViewResources ?? []))
  const firstViewScripts = scripts.filter((script) => firstView.has(script.url))

  expect(firstViewScripts.length).toBeGreaterThan(0)
  const withXterm = firstViewScripts.filter((script) => script.body.includes(XTERM_MARKER)).map((script) => script.url)
  const withEngine = firstViewScripts.filter((script) => script.body.includes(ENGINE_MARKER)).map((script) => script.url)
  expect(withXterm).toEqual([])
  expect(withEngine).toEqual([])
})

test('lesson prefetches the lab after load', async ({ page }) => {
  await recordFirstView(page)
  const scripts = collectScripts(page)

  await page.goto('/lezioni/health-check/')
  await expect.poll(() => scripts.some((script) => script.body.includes(XTERM_MARKER))).toBe(true)
  await expect.poll(() => scripts.some((script) => script.body.includes(ENGINE_MARKER))).toBe(true)

  const firstView = new Set(await page.evaluate(() => window.__firstViewResources ?? []))
  const prefetched = scripts.filter((script) => script.body.includes(XTERM_MARKER) || script.body.includes(ENGINE_MARKER))
  expect(prefetched.filter((script) => firstView.has(script.url))).toEqual([])
  await expect(page.getByRole('button', { name: 'Avvia il terminale' })).toBeVisible()
})

test('starting the lab loads xterm and the engine', async ({ page }) => {
  const scripts: string[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text())
  })

  await page.goto('/lezioni/health-check/')
  await page.getByRole('button', { name: 'Avvia il terminale' }).first().click()
  await expect(page.locator('.xterm')).toBeVisible()
  await page.waitForLoadState('networkidle')

  expect(scripts.some((body) => body.includes(XTERM_MARKER))).toBe(true)
  expect(scripts.some((body) => body.includes(ENGINE_MARKER))).toBe(true)
})
