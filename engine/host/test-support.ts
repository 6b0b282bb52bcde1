// Test helpers for the host and Apptainer labs: run a line with answers for
// its prompts, and read the `bash runnable` blocks of a lesson.

import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { CommandIO } from '../api'
import type { Engine } from '../engine'

export interface LineResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** Runs one line; each prompt the command shows reads the next entry of `answers`. */
export async function runLine(engine: Engine, line: string, answers: string[] = [], isTTY = false): Promise<LineResult> {
  let stdout = ''
  let stderr = ''
  const queue = [...answers]
  const io: CommandIO = {
    write: (text, stream) => {
      if (stream === 'stdout') stdout += text
      else stderr += text
    },
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY,
    columns: 120,
    readLine: async () => queue.shift(),
  }
  const exitCode = await engine.execute(line, io)
  return { stdout, stderr, exitCode }
}

/** Returns the command lines of every ```bash runnable fence in a lesson, in order. */
export function runnableBlocks(lessonPath: string): string[] {
  const text = readFileSync(lessonPath, 'utf8')
  return [...text.matchAll(/```bash runnable\n([\s\S]*?)```/g)].map((match) => match[1]!.replace(/\n$/, ''))
}

/** Asserts one output stream: equal to a string, matching a pattern, or anything when `expected` is undefined. */
export function expectOutput(actual: string, expected: string | RegExp | undefined, label: string): void {
  if (expected === undefined) return
  if (typeof expected === 'string') expect(actual, label).toBe(expected)
  else expect(actual, label).toMatch(expected)
}
