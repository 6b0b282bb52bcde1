import { create } from 'zustand'

// A tiny store shared by a lesson's code blocks and its lazily loaded lab.
// It must stay free of engine and xterm imports so it can sit in the lesson
// page's initial JavaScript without pulling them in.

/** A file to write into the simulated host before a queued command runs. */
export interface LabFile {
  /** Absolute, relative to the home directory, or starting with `~/`. */
  path: string
  content: string
}

interface LabBusState {
  /** True once the student (or a run button) has asked for the terminal. */
  active: boolean
  /** Commands waiting to be typed into the terminal, oldest first. */
  pending: string[]
  /** Files waiting to be written into the host filesystem; the lab writes them before it runs `pending`. */
  pendingFiles: LabFile[]
  activate(): void
  /** Activates the lab and queues `command` to be typed at the prompt and run, after writing `files`. */
  requestRun(command: string, files?: LabFile[]): void
  /** Removes and returns the queued commands; called by the mounted terminal. */
  takePending(): string[]
  /** Removes and returns the queued files; called by the mounted lab before takePending. */
  takePendingFiles(): LabFile[]
  /** Deactivates the lab and drops queued commands and files, when the page's lab unmounts. */
  reset(): void
}

export const useLabBus = create<LabBusState>()((set, get) => ({
  active: false,
  pending: [],
  pendingFiles: [],

  activate: () => set({ active: true }),

  requestRun: (command, files = []) =>
    set((state) => ({ active: true, pendingFiles: [...state.pendingFiles, ...files], pending: [...state.pending, command] })),

  takePending: () => {
    const taken = get().pending
    if (taken.length > 0) set({ pending: [] })
    return taken
  },

  takePendingFiles: () => {
    const files = get().pendingFiles
    if (files.length > 0) set({ pendingFiles: [] })
    return files
  },

  reset: () => set({ active: false, pending: [], pendingFiles: [] }),
}))
