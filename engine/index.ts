// Public entry point of the simulated container engine.

import type { EngineOptions, SimulatedEngine } from './api'
import { Engine } from './engine'

export type * from './api'

export function createEngine(options?: EngineOptions): SimulatedEngine {
  return new Engine(options)
}
