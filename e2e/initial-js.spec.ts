import { expect, test, type Locator, type Page } from '@playwright/test'
import { gzipSync } from 'node:zlib'

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
 * The lab prefetches xterm and the engine after that event, once its card
 * comes near the viewport.
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

test('lesson prefetches the lab when its card comes near the viewport', async ({ page }) => {
  await recordFirstView(page)
  const scripts = collectScripts(page)

  await page.goto('/lezioni/health-check/')
  await page.waitForLoadState('networkidle')
  expect(scripts.some((script) => script.body.includes(XTERM_MARKER))).toBe(false)

  await page.locator('[data-lab-card]').first().scrollIntoViewIfNeeded()
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

// Budget: a lesson's first view loads at most 150 kB of JavaScript. Measured
// as `npm run bench` does: the scripts requested before the load event, each
// compressed with gzip -9, 1 kB = 1000 bytes.
const LESSON_FIRST_VIEW_BUDGET_BYTES = 150_000

test('lesson first-view JavaScript stays within 150 kB gzip', async ({ page }) => {
  await page.addInitScript(`window.addEventListener('load', () => {
    window.__budgetFirstView = performance.getEntriesByType('resource').map((entry) => entry.name)
  })`)
  const scripts: Array<Promise<{ url: string; body: Buffer }>> = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push(response.body().then((body) => ({ url: response.url(), body })))
  })

  await page.goto('/lezioni/health-check/')
  await page.waitForLoadState('networkidle')
  const firstView = new Set(await page.evaluate(() => (window as { __budgetFirstView?: string[] }).__budgetFirstView ?? []))
  const firstViewScripts = (await Promise.all(scripts)).filter((script) => firstView.has(script.url))

  const sizes = firstViewScripts.map((script) => ({ url: new URL(script.url).pathname, gzip: gzipSync(script.body, { level: 9 }).length }))
  const total = sizes.reduce((sum, script) => sum + script.gzip, 0)
  expect(sizes.length).toBeGreaterThan(0)
  expect(total, `first-view scripts (gzip -9 bytes): ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(LESSON_FIRST_VIEW_BUDGET_BYTES)
})

// Each widget with an element near its end. The editor's lint findings appear
// only after the linter has run, so its offset is taken at the lint heading.
const LAZY_WIDGETS = [
  { widget: '[data-exercise="img-multi-stage"]', marker: '[role="status"]' },
  { widget: 'section[aria-label^="Editor:"]', marker: 'h4' },
  { widget: '[data-quiz="sicurezza-immagini"]', marker: 'button' },
]

test('lazy lesson widgets do not move content when they load', async ({ page }) => {
  await page.goto('/lezioni/sicurezza-immagini/')

  for (const { widget, marker } of LAZY_WIDGETS) {
    const wrapper = page.locator('[data-lazy-widget]', { has: page.locator(widget) })
    await expect(wrapper, widget).toHaveAttribute('data-lazy-widget', 'waiting')
    const before = await markerOffset(wrapper, marker)

    await wrapper.scrollIntoViewIfNeeded()
    await expect(wrapper.locator(widget), widget).not.toHaveAttribute('aria-busy', 'true')
    const after = await markerOffset(wrapper, marker)

    expect(before, widget).toBeGreaterThan(0)
    expect(Math.abs(after - before), widget).toBeLessThanOrEqual(1)
  }
})

/** Returns the distance in CSS pixels from the top of `wrapper` to the bottom of its last `marker` element. */
async function markerOffset(wrapper: Locator, marker: string): Promise<number> {
  return wrapper.evaluate((element, selector) => {
    const markers = element.querySelectorAll(selector)
    const last = markers[markers.length - 1]
    if (!last) return -1
    return last.getBoundingClientRect().bottom - element.getBoundingClientRect().top
  }, marker)
}

test('slide mode prefetches the lab only when its slide is shown', async ({ page }) => {
  const scripts = collectScripts(page)

  await page.goto('/lezioni/health-check/slide/')
  await expect(page.locator('.slides-content[data-ready]')).toHaveCount(1)
  await page.waitForLoadState('networkidle')
  expect(scripts.some((script) => script.body.includes(XTERM_MARKER))).toBe(false)

  const labSlide = await page
    .locator('.slides-content > [data-slide]')
    .evaluateAll((slides) => slides.findIndex((slide) => slide.querySelector('[data-lab-card]') !== null) + 1)
  expect(labSlide).toBeGreaterThan(1)
  for (const digit of String(labSlide)) await page.keyboard.press(digit)
  await page.keyboard.press('Enter')

  await expect.poll(() => scripts.some((script) => script.body.includes(XTERM_MARKER))).toBe(true)
  await expect.poll(() => scripts.some((script) => script.body.includes(ENGINE_MARKER))).toBe(true)
})
