// Rebuilds the lab state of an exercise on a fresh engine: the hidden setup,
// then the recorded commands with the same clock steps, waits and answers.
// The engine is deterministic for a given seed, so the result matches what
// the student saw at the same virtual time.

import type { CommandIO, EngineOptions, SimulatedEngine } from '@/engine/api'
import type { CommandRecord, LabRecord } from './log'

/** Seed and start time of every exercise engine; the lab's own engine uses seed 1 too. */
export const EXERCISE_ENGINE_OPTIONS: EngineOptions = { seed: 1 }

/** Virtual time one setup command may wait before it is cut short, as in the `sim` runner. */
const SETUP_BUDGET_MS = 3_600_000

export type CreateEngine = (options: EngineOptions) => SimulatedEngine

export interface ReplayOptions {
  createEngine: CreateEngine
  setup: readonly string[]
  log: readonly LabRecord[]
  /** Virtual time to advance to after the log, e.g. the start of an undone command. */
  until?: number
}

/** Runs the setup and then the log on a new engine, and returns it. */
export async function replay({ createEngine, setup, log, until }: ReplayOptions): Promise<SimulatedEngine> {
  const engine = createEngine(EXERCISE_ENGINE_OPTIONS)
  for (const line of setup) await runHeadless(engine, line)

  for (const record of log) {
    advanceTo(engine, record.kind === 'command' ? record.startedAt : record.at)
    if (record.kind === 'file') engine.writeHostFile(record.path, record.content)
    else await replayCommand(engine, record)
  }

  if (until !== undefined) advanceTo(engine, until)
  return engine
}

/** Runs one line with no terminal: output is dropped and each wait advances the clock at once. */
export async function runHeadless(engine: SimulatedEngine, line: string): Promise<number> {
  let budget = SETUP_BUDGET_MS
  const io: CommandIO = {
    write: () => {},
    sleep: async (ms) => {
      const step = Math.min(ms, budget)
      engine.advance(step)
      budget -= step
      return step === ms
    },
    isTTY: false,
    columns: 80,
  }
  return engine.execute(line, io)
}

async function replayCommand(engine: SimulatedEngine, record: CommandRecord): Promise<number> {
  const sleeps = [...record.sleeps]
  const answers = [...record.answers]

  // The lab terminal is a tty, so `docker run -it` and `docker exec -it` attach as they did.
  const io: CommandIO = {
    write: () => {},
    sleep: async (ms) => {
      const step = sleeps.shift()
      if (!step) {
        engine.advance(ms)
        return true
      }
      advanceTo(engine, step.at)
      return step.completed
    },
    readLine: async () => {
      const answer = answers.shift()
      if (!answer) return undefined
      advanceTo(engine, answer.at)
      return answer.text
    },
    isTTY: true,
    columns: 80,
  }
  return engine.execute(record.line, io)
}

function advanceTo(engine: SimulatedEngine, time: number): void {
  const step = time - engine.now()
  if (step > 0) engine.advance(step)
}
