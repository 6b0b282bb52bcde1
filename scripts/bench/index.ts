// `npm run bench`: builds the export, serves it on 127.0.0.1 and prints a
// Markdown table of the measurements listed in docs/performance.md. It is a
// measurement, not a test: nothing here fails on a missed budget.
// Options: --skip-build (use the existing out/), --no-lighthouse.
import { chromium } from '@playwright/test'
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureEchoLatency, measureFastForwardTasks, measureRouteScripts, measureTerminalReady } from './browser'
import { ensureLighthouse, type FormFactor, LIGHTHOUSE_VERSION, runLighthouse } from './lighthouse'
import { startServer } from './servers'
import { exportSize, formatKilobytes, median, percentile } from './stats'

const ROOT = path.resolve('out')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const JS_ROUTES = ['/', '/lezioni/health-check/', '/lezioni/health-check/slide/', '/laboratorio/', '/progressi/']
const LIGHTHOUSE_ROUTES = ['/', '/lezioni/health-check/', '/lezioni/health-check/slide/']
const TERMINAL_ROUTE = '/lezioni/health-check/'
const TERMINAL_RUNS = 5
const KEYSTROKES = 20
// Budget: a lesson's first-view JavaScript ≤ 150 kB gzip (1 kB = 1000 bytes).
// e2e/initial-js.spec.ts enforces the same budget with the same method.
const LESSON_JS_BUDGET_BYTES = 150_000

const args = new Set(process.argv.slice(2))
const lines: string[] = []
const print = (line = '') => lines.push(line)

function build() {
  if (args.has('--skip-build')) return
  console.error('bench: npm run build')
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
}

function printMachine(browserVersion: string) {
  const cpus = os.cpus()
  print(`Date: ${new Date().toISOString()}`)
  print(`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}`)
  print(`Node ${process.version}, Chromium ${browserVersion} (${CHROMIUM})`)
  print()
}

async function printScripts(browser: import('@playwright/test').Browser, baseUrl: string) {
  print('First view: the scripts requested before the load event. Until idle: every script until the network was idle.')
  print()
  print('| route | first view: scripts | raw | gzip -9 | until idle: scripts | gzip -9 | budget |')
  print('|---|---|---|---|---|---|---|')
  for (const route of JS_ROUTES) {
    const { firstView, untilIdle } = await measureRouteScripts(browser, baseUrl, route)
    const isLesson = route.startsWith('/lezioni/') && !route.includes('/slide/')
    let budget = ''
    if (isLesson) budget = firstView.gzipBytes <= LESSON_JS_BUDGET_BYTES ? 'met (≤ 150 kB)' : 'missed (> 150 kB)'
    const firstViewCells = `${firstView.files} | ${formatKilobytes(firstView.rawBytes)} | ${formatKilobytes(firstView.gzipBytes)}`
    print(`| \`${route}\` | ${firstViewCells} | ${untilIdle.files} | ${formatKilobytes(untilIdle.gzipBytes)} | ${budget} |`)
  }
  print()

  const size = exportSize(ROOT)
  print(`Export size (out/): ${formatKilobytes(size.totalBytes)} in ${size.files} files, of which the Pagefind index ${formatKilobytes(size.pagefindBytes)}.`)
  print()
}

function printLighthouse(baseUrl: string) {
  if (args.has('--no-lighthouse')) {
    print(`Lighthouse: not measured (--no-lighthouse).`)
    print()
    return
  }

  let cli: string
  try {
    cli = ensureLighthouse()
  } catch (error) {
    print(`Lighthouse: not measured, because lighthouse@${LIGHTHOUSE_VERSION} could not be installed: ${String(error)}`)
    print()
    return
  }

  print(`Lighthouse ${LIGHTHOUSE_VERSION} (default throttling: mobile = simulated slow 4G and 4× CPU; desktop = --preset=desktop)`)
  print()
  print('| route | form factor | performance | accessibility | best practices | LCP | TBT | CLS |')
  print('|---|---|---|---|---|---|---|---|')
  for (const route of LIGHTHOUSE_ROUTES) {
    for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
      console.error(`bench: lighthouse ${formFactor} ${route}`)
      try {
        const scores = runLighthouseWithRetry(cli, `${baseUrl}${route}`, formFactor)
        const timings = `${Math.round(scores.lcpMs)} ms | ${Math.round(scores.tbtMs)} ms | ${scores.cls.toFixed(3)}`
        print(`| \`${route}\` | ${formFactor} | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${timings} |`)
      } catch (error) {
        print(`| \`${route}\` | ${formFactor} | not measured: ${String(error).split('\n')[0]} | | | | | |`)
      }
    }
  }
  print()
}

/** Runs Lighthouse, once more after a failed run: its trace recording fails now and then (NO_NAVSTART). */
function runLighthouseWithRetry(cli: string, url: string, formFactor: FormFactor) {
  try {
    return runLighthouse(cli, CHROMIUM, url, formFactor)
  } catch (error) {
    console.error(`bench: lighthouse ${formFactor} ${url} failed, running it again: ${String(error).split('\n')[0]}`)
    return runLighthouse(cli, CHROMIUM, url, formFactor)
  }
}

async function printTerminal(browser: import('@playwright/test').Browser, baseUrl: string) {
  const ready: number[] = []
  for (let run = 0; run < TERMINAL_RUNS; run += 1) ready.push(await measureTerminalReady(browser, baseUrl, TERMINAL_ROUTE))
  const echo = await measureEchoLatency(browser, baseUrl, TERMINAL_ROUTE, KEYSTROKES)
  const longTasks = await measureFastForwardTasks(browser, baseUrl, TERMINAL_ROUTE)

  print('| terminal measurement | result | budget |')
  print('|---|---|---|')
  const readyMedian = median(ready)
  print(`| ready after "Avvia il terminale" (${TERMINAL_RUNS} cold runs) | median ${readyMedian.toFixed(0)} ms, max ${Math.max(...ready).toFixed(0)} ms | ${readyMedian <= 300 ? 'met' : 'missed'} (≤ 300 ms) |`)
  print(`| keystroke to echo (${echo.length} keys) | median ${median(echo).toFixed(1)} ms, p95 ${percentile(echo, 95).toFixed(1)} ms | |`)
  const longest = longTasks.length > 0 ? Math.max(...longTasks) : 0
  print(`| long tasks while the clock runs ×60 plus 20 × "Avanza di 30 s" | ${longTasks.length} over 50 ms, longest ${longest.toFixed(0)} ms | ${longTasks.length === 0 ? 'met' : 'missed'} (none over 50 ms) |`)
  print()
}

function printEngine() {
  const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {}
  if (!scripts['bench:engine']) {
    print('Engine: not measured, because package.json has no `bench:engine` script.')
    return
  }

  const result = spawnSync('npm', ['run', '--silent', 'bench:engine'], { encoding: 'utf8' })
  print('Engine (`npm run bench:engine`):')
  print()
  print(result.status === 0 ? result.stdout.trim() : `not measured: bench:engine exited with status ${result.status}`)
}

async function main() {
  build()
  const server = await startServer(ROOT)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })

  try {
    printMachine(browser.version())
    print(`Server: ${server.description}, ${server.url}`)
    print()
    await printScripts(browser, server.url)
    printLighthouse(server.url)
    await printTerminal(browser, server.url)
    printEngine()
  } finally {
    await browser.close()
    await server.stop()
  }

  console.log(lines.join('\n'))
}

await main()
