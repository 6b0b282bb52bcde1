// Replays the recorded nginx health-check sessions (Docker daemon 20.10,
// client 28.2.2) and compares the simulator's output step by step. Known
// differences between that capture and the Engine 28 / nginx 1.27 image the
// simulator models are rewritten in the expected text by applyCaptureFixes.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NGINX_INDEX_HTML } from '../images/nginx-files'
import { createTestEngine, run } from './harness'
import { applyCaptureFixes, applySimulatorFixes, normalise, parseTranscript, tableCells, type TranscriptStep } from './transcript'

const DATE = '2026-12-04'
const FILES = ['S1_nginx_healthy.txt', 'S2_nginx_unhealthy.txt', 'S3_nginx_recover.txt']

/** Commands the simulator does not run; none of the three sessions needs one. */
const SKIPPED_COMMANDS: string[] = []

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
      const expected = normalise(applyCaptureFixes(step.output), options)
      const actual = normalise(applySimulatorFixes(result.merged), options)
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
