// Lighthouse 12.8.2, installed on demand into scripts/bench/lighthouse/ so
// its 201 packages (185 MB) stay out of the project's dependency tree. Lighthouse 13
// requires Node 22.19 or newer; 12.8.2 runs on Node 20.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const LIGHTHOUSE_VERSION = '12.8.2'
const INSTALL_DIR = path.resolve('scripts/bench/lighthouse')
const CLI = path.join(INSTALL_DIR, 'node_modules/.bin/lighthouse')

export type FormFactor = 'mobile' | 'desktop'

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
}

/** Returns the CLI path, installing Lighthouse first when it is missing; throws when npm fails. */
export function ensureLighthouse(): string {
  if (fs.existsSync(CLI)) return CLI

  fs.mkdirSync(INSTALL_DIR, { recursive: true })
  const packageFile = path.join(INSTALL_DIR, 'package.json')
  if (!fs.existsSync(packageFile)) fs.writeFileSync(packageFile, '{ "private": true }\n')

  console.error(`bench: installing lighthouse@${LIGHTHOUSE_VERSION} into ${path.relative(process.cwd(), INSTALL_DIR)}/`)
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `lighthouse@${LIGHTHOUSE_VERSION}`], {
    cwd: INSTALL_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return CLI
}

interface LighthouseReport {
  categories: Record<'performance' | 'accessibility' | 'best-practices', { score: number | null }>
  audits: Record<string, { numericValue?: number }>
}

/** Runs Lighthouse on `url` with its default throttling for the form factor and returns the scores (0–100). */
export function runLighthouse(cli: string, chromePath: string, url: string, formFactor: FormFactor): LighthouseScores {
  const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'container-sicuri-lh-')), 'report.json')
  const args = [
    url,
    '--output=json',
    `--output-path=${outputFile}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ]

  const result = spawnSync(cli, args, { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url} (${formFactor}), exit status ${result.status}: ${result.stderr.slice(-500)}`)

  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as LighthouseReport
  fs.rmSync(path.dirname(outputFile), { recursive: true, force: true })

  const score = (category: keyof LighthouseReport['categories']) => Math.round((report.categories[category].score ?? 0) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
  }
}
