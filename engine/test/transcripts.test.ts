// Replays the recorded nginx health-check sessions (Docker daemon 20.10,
// client 28.2.2) and compares the simulator's output step by step. Known
// differences between that capture and the Engine 28 / nginx 1.27 image the
// simulator models are rewritten in the expected text by EXPECTED_FIXES.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NGINX_INDEX_HTML } from '../images/nginx-files'
import { createTestEngine, run } from './harness'
import { normalise, parseTranscript, tableCells, type TranscriptStep } from './transcript'

const DATE = '2026-12-04'
const FILES = ['S1_nginx_healthy.txt', 'S2_nginx_unhealthy.txt', 'S3_nginx_recover.txt']

/** Commands the simulator does not run; none of the three sessions needs one. */
const SKIPPED_COMMANDS: string[] = []

/** Capture-environment and version differences, applied to the recorded output. */
const EXPECTED_FIXES: [RegExp, string][] = [
  // The capture used Debian's nginx 1.22.1; the official image is nginx 1.27.4 and logs its compiler.
  [/nginx\/1\.22\.1\n/g, 'nginx/1.27.4\n<NGINXTIME> [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)\n'],
  // Kernel of the capture machine and its RLIMIT_NOFILE limit.
  [/OS: Linux 6\.18\.44-fc-v1252/g, 'OS: Linux 6.8.0-88-generic'],
  [/getrlimit\(RLIMIT_NOFILE\): 20000:20000/g, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576'],
  // Debian's 50x.html is 492 bytes; nginx.org's is 497. File dates come from each image's build.
  [/-rw-r--r-- 1 root root 492 \w{3} [ \d]\d [ \d]\d:\d\d 50x\.html/g, '-rw-r--r-- 1 root root 497 <LSDATE> 50x.html'],
  [/-rw-r--r-- 1 root root 615 \w{3} [ \d]\d  \d{4} index\.html/g, '-rw-r--r-- 1 root root 615 <LSDATE> index.html'],
]

const ACTUAL_FIXES: [RegExp, string][] = [[/-rw-r--r-- 1 root root (\d+) \w{3} [ \d]\d  \d{4} /g, '-rw-r--r-- 1 root root $1 <LSDATE> ']]

function applyFixes(text: string, fixes: [RegExp, string][]): string {
  return fixes.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text)
}

function loadSteps(): TranscriptStep[] {
  return FILES.flatMap((file) => parseTranscript(readFileSync(join(__dirname, 'transcripts', file), 'utf8')))
}

function stepTime(step: TranscriptStep): number {
  return Date.parse(`${DATE}T${step.clock}Z`)
}

describe('recorded nginx health-check sessions', () => {
  const steps = loadSteps()

  it('parses all three sessions', () => {
    expect(steps.length).toBeGreaterThan(100)
    expect(steps[0]!.command).toMatch(/^docker run --name nginx/)
  })

  it('replays every step with the recorded output and exit code', async () => {
    const engine = createTestEngine({ seed: 42, start: `${DATE}T${steps[0]!.clock}Z` })
    const options = { indexHtml: NGINX_INDEX_HTML }
    let replayed = 0

    for (const step of steps) {
      if (SKIPPED_COMMANDS.some((command) => step.command.includes(command))) continue

      const target = stepTime(step)
      if (target > engine.now()) engine.advance(target - engine.now())
      const result = await run(engine, step.command)
      const context = `${step.clock} $ ${step.command}`

      expect(result.exitCode, context).toBe(step.exitCode)
      const expected = normalise(applyFixes(step.output, EXPECTED_FIXES), options)
      const actual = normalise(applyFixes(result.merged, ACTUAL_FIXES), options)
      expect(actual, context).toBe(expected)

      if (step.command === 'docker ps') {
        // Column layout: every cell starts at its header's offset, so the cells split cleanly.
        const cells = tableCells(result.stdout)
        expect(cells[0], context).toEqual(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'])
        expect(tableCells(step.output).slice(1).map((row) => row[4]), context).toEqual(cells.slice(1).map((row) => row[4]))
      }
      replayed++
    }

    expect(replayed).toBe(steps.length - steps.filter((step) => SKIPPED_COMMANDS.some((command) => step.command.includes(command))).length)
  })
})
