// Test helpers: run host lines against an engine and capture what the
// terminal would show, advancing the virtual clock on every sleep.

import type { CommandIO } from '../api'
import { Engine } from '../engine'

export interface CommandOutput {
  stdout: string
  stderr: string
  /** stdout and stderr interleaved in write order. */
  merged: string
  exitCode: number
}

export function createTestEngine(options: { seed?: number; start?: string } = {}): Engine {
  return new Engine(options)
}

export function captureIO(engine: Engine, isTTY = false): { io: CommandIO; take: () => Omit<CommandOutput, 'exitCode'> } {
  let stdout = ''
  let stderr = ''
  let merged = ''

  const io: CommandIO = {
    write: (text, stream) => {
      if (stream === 'stdout') stdout += text
      else stderr += text
      merged += text
    },
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY,
    columns: 120,
  }

  const take = (): Omit<CommandOutput, 'exitCode'> => {
    const result = { stdout, stderr, merged }
    stdout = ''
    stderr = ''
    merged = ''
    return result
  }
  return { io, take }
}

/** Runs one line and returns its output and exit code. */
export async function run(engine: Engine, line: string, isTTY = false): Promise<CommandOutput> {
  const { io, take } = captureIO(engine, isTTY)
  const exitCode = await engine.execute(line, io)
  return { ...take(), exitCode }
}

/** Parses `docker inspect --format '{{json .State.Health}}'` output. */
export async function health(engine: Engine, name: string): Promise<{ Status: string; FailingStreak: number; Log: { Start: string; End: string; ExitCode: number; Output: string }[] }> {
  const result = await run(engine, `docker inspect --format '{{json .State.Health}}' ${name}`)
  return JSON.parse(result.stdout)
}
