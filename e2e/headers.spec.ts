import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { recordCspViolations, exportedRoutes } from './helpers/csp'
import { startLab } from './helpers/lab'
import { type NginxServer, startNginx, testNginxConfig } from './helpers/nginx'

// Serves the export with Debian's nginx and the image's configuration
// (deploy/nginx/), then checks the security headers and that Chromium
// reports no CSP violation. The service worker is blocked, so every
// response comes from nginx.

const ROUTES = exportedRoutes()

let server: NginxServer

test.use({ serviceWorkers: 'block' })

test.beforeAll(async () => {
  server = await startNginx()
})

test.afterAll(async () => {
  await server?.stop()
})

test('nginx accepts the image configuration', () => {
  const result = testNginxConfig()

  expect(result.output).toContain('test is successful')
  expect(result.status).toBe(0)
})

test('export has the expected routes', () => {
  expect(ROUTES).toContain('/')
  expect(ROUTES).toContain('/lezioni/health-check/')
  expect(ROUTES).toContain('/lezioni/health-check/slide/')
})

test('pages send the security headers', async ({ request }) => {
  const response = await request.get(`${server.url}/lezioni/health-check/`)
  const headers = response.headers()

  expect(response.status()).toBe(200)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['permissions-policy']).toContain('microphone=()')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers.server).toBe('nginx')
})

test('CSP is strict', async ({ request }) => {
  const response = await request.get(`${server.url}/`)
  const policy = response.headers()['content-security-policy'] ?? ''
  const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''

  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  expect(policy).not.toContain("'unsafe-eval'")
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/)
})

test('static assets and errors keep the headers', async ({ request }) => {
  const html = await (await request.get(`${server.url}/`)).text()
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1]
  expect(chunk).toBeDefined()

  const asset = await request.get(`${server.url}${chunk}`)
  expect(asset.headers()['cache-control']).toContain('immutable')
  expect(asset.headers()['x-content-type-options']).toBe('nosniff')
  expect(asset.headers()['content-security-policy']).toContain("frame-ancestors 'none'")

  const missing = await request.get(`${server.url}/non-esiste/`)
  expect(missing.status()).toBe(404)
  expect(missing.headers()['content-security-policy']).toMatch(/'sha256-/)
})

test('directory without slash redirects relatively', async ({ request }) => {
  const response = await request.get(`${server.url}/lezioni/health-check`, { maxRedirects: 0 })

  expect(response.status()).toBe(301)
  expect(response.headers().location).toBe('/lezioni/health-check/')
})

for (const route of ROUTES) {
  test(`route ${route} has no CSP violation or serious axe finding`, async ({ page }) => {
    const violations = await recordCspViolations(page)

    const response = await page.goto(`${server.url}${route}`)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    expect(serious).toEqual([])
  })
}

test('terminal runs under the CSP', async ({ page }) => {
  const violations = await recordCspViolations(page)

  await page.goto(`${server.url}/laboratorio/`)
  await startLab(page)
  await page.locator('.xterm').click()
  await page.keyboard.type('docker ps')
  await page.keyboard.press('Enter')
  await expect(page.locator('.xterm-rows')).toContainText('CONTAINER ID')

  expect(await violations()).toEqual([])
})

test('search and client navigation run under the CSP', async ({ page }) => {
  const violations = await recordCspViolations(page)

  await page.goto(`${server.url}/`)
  await page.getByRole('button', { name: /^Cerca/ }).click()
  await page.getByLabel('Parole da cercare').fill('HEALTHCHECK')
  const firstResult = page.getByRole('dialog').getByRole('link').first()
  await expect(firstResult).toBeVisible()
  await firstResult.click()
  await expect(page).toHaveURL(/\/lezioni\//)
  await page.waitForLoadState('networkidle')

  expect(await violations()).toEqual([])
})
