// Test doubles shared by the lab persistence tests.

import type { CommandIO, PersistentEngine } from '../engine/api'
import { createEngine } from '../engine'
import { isPersistentEngine, type LabStorage } from './lab-persistence'

/** A Map-backed storage that raises QuotaExceededError once `quota` characters are stored. */
export class MemoryStorage implements LabStorage {
  readonly items = new Map<string, string>()
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}

  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }

  setItem(key: string, value: string): void {
    const others = [...this.items].filter(([name]) => name !== key).reduce((total, [, text]) => total + text.length, 0)
    if (others + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.items.set(key, value)
  }

  removeItem(key: string): void {
    this.items.delete(key)
  }
}

export function createLabEngine(): PersistentEngine {
  const engine = createEngine({ seed: 1 })
  if (!isPersistentEngine(engine)) throw new Error('createEngine returned an engine without serialize() and restore()')
  return engine
}

/** Runs `line` as the lab terminal would, advancing the clock on every wait. */
export async function runLine(engine: PersistentEngine, line: string): Promise<number> {
  const io: CommandIO = {
    write: () => {},
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY: true,
    columns: 80,
  }
  return engine.execute(line, io)
}
