import { create } from 'zustand'
import type { SimulatedEngine } from '@/engine/api'

// Lets an exercise hand the lab an engine it has prepared (setup run, or a
// replay for undo), in place of the lab's own fresh engine. Only a type is
// imported from the engine, so the store adds no engine code to a page.

interface LabEngineState {
  /** Engine the lab must show; null for the lab's own engine. */
  provided: SimulatedEngine | null
  /** Shows `engine` in the lab, starting the lab if needed; its terminal starts afresh. */
  provide(engine: SimulatedEngine): void
  /** Returns the lab to a fresh engine of its own. */
  release(): void
}

export const useLabEngine = create<LabEngineState>()((set) => ({
  provided: null,
  provide: (engine) => set({ provided: engine }),
  release: () => set({ provided: null }),
}))
