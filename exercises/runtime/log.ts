// Records of the commands and file writes in the lab after an exercise
// starts. Undo replays them on a fresh engine to reach the same state.

/** A command typed in the lab, with every wait and answer it saw. */
export interface CommandRecord {
  kind: 'command'
  line: string
  /** Virtual time when the command started. */
  startedAt: number
  /** Undefined while the command is still running. */
  exitCode: number | undefined
  /** Each CommandIO.sleep in order: the virtual time it returned at and its result. */
  sleeps: { at: number; completed: boolean }[]
  /** Each readLine answer in order, with the virtual time the student sent it. */
  answers: { at: number; text: string | undefined }[]
}

/** A file written into the host by an editor widget or a run button. */
export interface FileRecord {
  kind: 'file'
  path: string
  content: string
  at: number
}

export type LabRecord = CommandRecord | FileRecord

/**
 * Returns the log without its last command, or undefined when it has no command.
 * NOTE: file writes made after the undone command are kept, so a replay ends
 * at the time of the last such write rather than at the undone command's start.
 */
export function withoutLastCommand(log: readonly LabRecord[]): { log: LabRecord[]; undone: CommandRecord } | undefined {
  let index = log.length - 1
  while (index >= 0 && log[index]!.kind !== 'command') index--
  if (index < 0) return undefined

  const undone = log[index] as CommandRecord
  return { log: [...log.slice(0, index), ...log.slice(index + 1)], undone }
}
