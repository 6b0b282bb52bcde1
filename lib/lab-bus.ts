import { create } from 'zustand'

// A tiny store shared by a lesson's code blocks and its lazily loaded lab.
// It must stay free of engine and xterm imports so it can sit in the lesson
// page's initial JavaScript without pulling them in.

interface LabBusState {
  /** True once the student (or a run button) has asked for the terminal. */
  active: boolean
  /** Commands waiting to be typed into the terminal, oldest first. */
  pending: string[]
  activate(): void
  /** Activates the lab and queues `command` to be typed at the prompt and run. */
  requestRun(command: string): void
  /** Removes and returns the queued commands; called by the mounted terminal. */
  takePending(): string[]
  /** Deactivates the lab and drops queued commands, when the page's lab unmounts. */
  reset(): void
}

export const useLabBus = create<LabBusState>()((set, get) => ({
  active: false,
  pending: [],

  activate: () => set({ active: true }),

  requestRun: (command) => set((state) => ({ active: true, pending: [...state.pending, command] })),

  takePending: () => {
    const taken = get().pending
    if (taken.length > 0) set({ pending: [] })
    return taken
  },

  reset: () => set({ active: false, pending: [] }),
}))
