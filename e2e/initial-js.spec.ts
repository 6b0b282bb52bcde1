import { expect, test } from '@playwright/test'

// Strings that exist only in xterm.js and in the simulated engine. If one of
// them shows up in the JavaScript a lesson page loads before the student asks
// for the terminal, the lazy loading is broken.
const XTERM_MARKER = 'xterm-helper-textarea'
const ENGINE_MARKER = 'Health check exceeded timeout'

test('lesson initial JavaScript excludes xterm and the engine', async ({ page }) => {
  const scripts: Array<{ url: string; body: string }> = []
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push({ url: response.url(), body: await response.text() })
  })

  await page.goto('/lezioni/health-check/')
  await page.waitForLoadState('networkidle')

  expect(scripts.length).toBeGreaterThan(0)
  const withXterm = scripts.filter((script) => script.body.includes(XTERM_MARKER)).map((script) => script.url)
  const withEngine = scripts.filter((script) => script.body.includes(ENGINE_MARKER)).map((script) => script.url)
  expect(withXterm).toEqual([])
  expect(withEngine).toEqual([])
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
