import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runInTerminal, startLab } from './helpers/lab'
import { type NginxServer, startNginx } from './helpers/nginx'

// The service worker (public/sw.js) behind the image's nginx configuration.
// "Offline" means both: nginx is stopped, so nothing listens on the port,
// and the browser context is offline, so navigator.onLine is false.

test.use({ serviceWorkers: 'allow' })

let server: NginxServer | undefined

test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

/** Returns the version and file count the controlling service worker reports. */
async function workerVersion(page: Page): Promise<{ version: string; files: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event) => resolve(event.data), { once: true })
        navigator.serviceWorker.controller?.postMessage('version')
      }),
  )
}

/** Waits until a service worker controls the page, which happens once it has precached the course. */
async function waitForWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true)
}

async function goOffline(context: BrowserContext, running: NginxServer): Promise<void> {
  await running.stop()
  await context.setOffline(true)
}

function copyExport(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'container-sicuri-out-'))
  fs.cpSync(path.resolve('out'), copy, { recursive: true })
  return copy
}

test('course works offline after one visit', async ({ page, context }) => {
  test.setTimeout(120_000)
  server = await startNginx()
  const { url } = server

  await page.goto(`${url}/`)
  await waitForWorker(page)
  expect((await workerVersion(page)).files).toBeGreaterThan(50)
  await goOffline(context, server)

  await page.goto(`${url}/lezioni/health-check/`)
  await expect(page.locator('h1')).toHaveText(/health check/i)
  await expect(page.getByRole('status').filter({ hasText: 'Sei offline' })).toBeVisible()

  await startLab(page)
  expect(await runInTerminal(page, 'docker ps')).toContain('CONTAINER ID')

  // A client-side navigation fetches the next page's RSC payload (.txt) from
  // the cache. The window property survives only if no full page load happened.
  await page.evaluate(() => Object.assign(window, { beforeNavigation: true }))
  await page.getByRole('navigation', { name: 'Lezione precedente e successiva' }).getByRole('link', { name: /Apptainer/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Apptainer' })).toBeVisible()
  expect(await page.evaluate(() => 'beforeNavigation' in window)).toBe(true)

  await page.goto(`${url}/lezioni/apptainer/slide/`)
  await expect(page.getByRole('heading', { level: 1, name: 'Apptainer' })).toBeVisible()
})

test('search works offline', async ({ page, context }) => {
  test.setTimeout(120_000)
  server = await startNginx()
  const { url } = server

  await page.goto(`${url}/`)
  await waitForWorker(page)
  await goOffline(context, server)

  await page.reload()
  await page.getByRole('button', { name: /^Cerca/ }).click()
  await page.getByLabel('Parole da cercare').fill('Apptainer')
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible()
})

test('offline banner follows the network', async ({ page, context }) => {
  server = await startNginx()
  await page.goto(`${server.url}/`)
  const banner = page.getByRole('status').filter({ hasText: 'Sei offline' })
  await expect(banner).toHaveCount(0)

  await context.setOffline(true)
  await expect(banner).toBeVisible()

  await context.setOffline(false)
  await expect(banner).toHaveCount(0)
})

test('update is picked up on the next visit', async ({ page, context }) => {
  test.setTimeout(120_000)
  const root = copyExport()
  server = await startNginx(root)
  const { url } = server

  await page.goto(`${url}/`)
  await waitForWorker(page)
  const before = await workerVersion(page)

  // A new deploy: a changed home page and the service worker of that build.
  // The marker is a comment after </html>, which hydration does not touch.
  const marker = '<!-- deploy 2 -->'
  fs.appendFileSync(path.join(root, 'index.html'), marker)
  const worker = path.join(root, 'sw.js')
  fs.writeFileSync(worker, fs.readFileSync(worker, 'utf8').replace(before.version, 'deploy2'))

  const online = await page.goto(`${url}/`)
  expect(await online?.text()).toContain(marker)
  await expect.poll(async () => (await workerVersion(page)).version, { timeout: 60_000 }).toBe('deploy2')

  await goOffline(context, server)
  const offline = await page.reload()
  expect(await offline?.text()).toContain(marker)
  fs.rmSync(root, { recursive: true, force: true })
})
