// Measurements taken in Chromium through Playwright: JavaScript per route,
// terminal ready time, keystroke-to-echo latency and long tasks while the
// virtual clock runs fast.
import { type Browser, type Page } from '@playwright/test'
import zlib from 'node:zlib'

export interface ScriptTotals {
  files: number
  rawBytes: number
  gzipBytes: number
}

export interface RouteScripts {
  route: string
  /** Scripts the page requested before its load event: the first view, and the unit of the JS budget. */
  firstView: ScriptTotals
  /** Every script until the network was idle: the first view plus Link prefetches and idle-time loads. */
  untilIdle: ScriptTotals
}

// Stores the URLs of the resources fetched before the load event. A string,
// not a function: see the note on `__name` in openLesson.
const RECORD_FIRST_VIEW = `window.addEventListener('load', () => {
  window.__benchFirstView = performance.getEntriesByType('resource').map((entry) => entry.name)
})`

/**
 * Loads `route` in a fresh context and sums the scripts Chromium fetched,
 * both up to the load event and until the network was idle. The gzip size is
 * gzip -9 of each file, the same for every server, so it does not depend on
 * the server's compression settings.
 */
export async function measureRouteScripts(browser: Browser, baseUrl: string, route: string): Promise<RouteScripts> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  await context.addInitScript(RECORD_FIRST_VIEW)
  const page = await context.newPage()
  const responses: Promise<{ url: string; body: Buffer }>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    responses.push(response.body().then((body) => ({ url: response.url(), body })))
  })

  await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
  const firstViewUrls = new Set(await page.evaluate(() => (window as { __benchFirstView?: string[] }).__benchFirstView ?? []))
  const scripts = await Promise.all(responses)
  await context.close()

  return {
    route,
    firstView: sumScripts(scripts.filter((script) => firstViewUrls.has(script.url)).map((script) => script.body)),
    untilIdle: sumScripts(scripts.map((script) => script.body)),
  }
}

function sumScripts(bodies: Buffer[]): ScriptTotals {
  return {
    files: bodies.length,
    rawBytes: bodies.reduce((total, body) => total + body.length, 0),
    gzipBytes: bodies.reduce((total, body) => total + zlib.gzipSync(body, { level: 9 }).length, 0),
  }
}

async function openLesson(browser: Browser, baseUrl: string, route: string): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  // tsx compiles with esbuild's keepNames, which wraps named functions inside
  // the page.evaluate callbacks in a `__name(fn, "name")` helper that only
  // exists in Node. This defines it in the page too.
  await context.addInitScript('window.__name = (fn) => fn')
  const page = await context.newPage()
  // `?test` exposes the xterm.js instance as window.__containerSicuriTerminal.
  await page.goto(`${baseUrl}${route}?test`, { waitUntil: 'networkidle' })
  return page
}

/** Time the terminal-ready probe spends with the lab in view before it clicks. */
const READING_PAUSE_MS = 3_000

/**
 * Returns the milliseconds from the click on "Avvia il terminale" until the
 * terminal shows its prompt and accepts input, measured inside the page with
 * performance.now(). The lab's chunks are not cached, as on a first visit.
 */
export async function measureTerminalReady(browser: Browser, baseUrl: string, route: string): Promise<number> {
  const page = await openLesson(browser, baseUrl, route)

  // A student scrolls to the lab and reads its text before pressing the
  // button; the lab's chunks start loading when the card nears the viewport.
  await page.locator('[data-lab-card]').first().scrollIntoViewIfNeeded()
  await page.waitForTimeout(READING_PAUSE_MS)

  const elapsed = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((element) => element.textContent?.includes('Avvia il terminale'))
    if (!button) throw new Error('button "Avvia il terminale" not found')

    const ready = () => {
      const terminal = window.__containerSicuriTerminal
      const idle = document.querySelector('[data-command-running="false"]')
      return terminal !== undefined && idle !== null && terminal.buffer.active.getLine(0)?.translateToString(true) !== ''
    }

    const start = performance.now()
    button.click()
    await new Promise<void>((resolve) => {
      const check = () => (ready() ? resolve() : requestAnimationFrame(check))
      check()
    })
    return performance.now() - start
  })

  await page.context().close()
  return elapsed
}

async function startTerminal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Avvia il terminale' }).first().click()
  await page.locator('[data-command-running="false"]').waitFor({ state: 'attached' })
  await page.waitForFunction(() => window.__containerSicuriTerminal?.buffer.active.getLine(0)?.translateToString(true))
  await page.locator('.xterm').click()
}

/**
 * Returns the keystroke-to-echo latencies in milliseconds: from the keydown
 * event's timestamp until xterm.js has rendered the typed character.
 */
export async function measureEchoLatency(browser: Browser, baseUrl: string, route: string, keystrokes: number): Promise<number[]> {
  const page = await openLesson(browser, baseUrl, route)
  await startTerminal(page)

  await page.evaluate(() => {
    const terminal = window.__containerSicuriTerminal
    if (!terminal) throw new Error('terminal not exposed: open the page with ?test')

    const state = { keydownAt: 0, latencies: [] as number[], expectedLength: 0 }
    Object.assign(window, { __echoBench: state })
    document.addEventListener('keydown', (event) => (state.keydownAt = event.timeStamp), { capture: true })
    terminal.onRender(() => {
      const buffer = terminal.buffer.active
      const line = buffer.getLine(buffer.baseY + buffer.cursorY)?.translateToString(true) ?? ''
      if (state.keydownAt > 0 && line.length >= state.expectedLength) {
        state.latencies.push(performance.now() - state.keydownAt)
        state.keydownAt = 0
      }
    })
  })

  for (let index = 0; index < keystrokes; index += 1) {
    await page.evaluate(() => {
      const terminal = window.__containerSicuriTerminal
      const buffer = terminal?.buffer.active
      const line = buffer?.getLine(buffer.baseY + buffer.cursorY)?.translateToString(true) ?? ''
      const state = (window as unknown as { __echoBench: { expectedLength: number } }).__echoBench
      state.expectedLength = line.length + 1
    })
    await page.keyboard.press('a')
    await page.waitForFunction((count) => (window as unknown as { __echoBench: { latencies: number[] } }).__echoBench.latencies.length > count, index)
  }

  const latencies = await page.evaluate(() => (window as unknown as { __echoBench: { latencies: number[] } }).__echoBench.latencies)
  await page.context().close()
  return latencies
}

/**
 * Starts a container with a health check, runs the virtual clock at ×60 and
 * presses "Avanza di 30 s" repeatedly, and returns the durations of the
 * main-thread long tasks (over 50 ms) Chromium reported meanwhile.
 */
export async function measureFastForwardTasks(browser: Browser, baseUrl: string, route: string): Promise<number[]> {
  const page = await openLesson(browser, baseUrl, route)
  await startTerminal(page)
  await page.keyboard.type("docker run -d --name web --health-cmd='curl -f http://localhost/ || exit 1' --health-interval=5s nginx")
  await page.keyboard.press('Enter')
  await page.locator('[data-command-running="false"]').waitFor({ state: 'attached' })

  await page.evaluate(() => {
    const durations: number[] = []
    Object.assign(window, { __longTasks: durations })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration)
    }).observe({ type: 'longtask' })
  })

  await page.getByRole('radio', { name: '×60' }).check()
  for (let step = 0; step < 20; step += 1) {
    await page.getByRole('button', { name: 'Avanza di 30 s' }).click()
  }
  await page.waitForTimeout(5_000)

  const durations = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
  await page.context().close()
  return durations
}
