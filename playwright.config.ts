import { defineConfig, devices } from '@playwright/test'
import fs from 'node:fs'

// E2E runs against the static export by default; E2E_DEV=1 runs against
// `next dev`, which also reports attribute hydration mismatches.
const DEV = Boolean(process.env.E2E_DEV)
const PORT = Number(process.env.E2E_PORT ?? (DEV ? 3100 : 4173))

// Debian's Chromium when present (CI installs it), else Playwright's own.
const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined)

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The production build registers a service worker, which would serve
        // later tests from its cache; e2e/offline.spec.ts allows it again.
        serviceWorkers: 'block',
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: DEV
      ? `node_modules/.bin/next dev -H 127.0.0.1 -p ${PORT}`
      : `node scripts/serve-out.mjs out ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
})
