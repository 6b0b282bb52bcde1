// A SimulatedEngine wrapper that records every command, wait, answer and
// file write, and tells listeners when a command ends. The lab runs its
// terminal on it, so the exercise sees what the student does without any
// change to the terminal.

import type { CommandIO, EngineSnapshot, SimulatedEngine } from '@/engine/api'
import type { AuditResult } from '@/engine/audit/types'
import type { CommandRecord, LabRecord } from './log'

export type CommandListener = (record: CommandRecord) => void

export class RecordingEngine implements SimulatedEngine {
  readonly log: LabRecord[]
  private readonly listeners = new Set<CommandListener>()
  private detached = false
  // NOTE: each optional SimulatedEngine method must be forwarded by hand, as this one is.
  /** Present only when `inner` has it, because the lab shows the audit panel only for engines that do. */
  readonly lastRunAudit?: () => AuditResult | null

  /** `log` is the history already replayed into `inner`; new records are appended to it. */
  constructor(
    private readonly inner: SimulatedEngine,
    log: readonly LabRecord[] = [],
  ) {
    this.log = [...log]
    if (inner.lastRunAudit) this.lastRunAudit = () => inner.lastRunAudit?.() ?? null
  }

  /** Stops recording, for an engine that the lab no longer shows. */
  detach(): void {
    this.detached = true
    this.listeners.clear()
  }

  onCommand(listener: CommandListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  async execute(line: string, io: CommandIO): Promise<number> {
    const record: CommandRecord = { kind: 'command', line, startedAt: this.inner.now(), exitCode: undefined, sleeps: [], answers: [] }
    if (!this.detached) this.log.push(record)

    const exitCode = await this.inner.execute(line, this.recordingIO(io, record))
    record.exitCode = exitCode
    if (!this.detached) for (const listener of this.listeners) listener(record)
    return exitCode
  }

  writeHostFile(path: string, content: string): void {
    if (!this.detached) this.log.push({ kind: 'file', path, content, at: this.inner.now() })
    this.inner.writeHostFile(path, content)
  }

  advance(ms: number): void {
    this.inner.advance(ms)
  }

  now(): number {
    return this.inner.now()
  }

  containers() {
    return this.inner.containers()
  }

  onChange(listener: () => void): () => void {
    return this.inner.onChange(listener)
  }

  complete(line: string) {
    return this.inner.complete(line)
  }

  prompt(): string {
    return this.inner.prompt()
  }

  snapshot(): EngineSnapshot {
    return this.inner.snapshot()
  }

  private recordingIO(io: CommandIO, record: CommandRecord): CommandIO {
    const inner = this.inner
    const recorded: CommandIO = {
      write: (text, stream) => io.write(text, stream),
      sleep: async (ms) => {
        const completed = await io.sleep(ms)
        record.sleeps.push({ at: inner.now(), completed })
        return completed
      },
      isTTY: io.isTTY,
      get columns() {
        return io.columns
      },
    }

    const readLine = io.readLine?.bind(io)
    if (readLine) {
      recorded.readLine = async (echo) => {
        const text = await readLine(echo)
        record.answers.push({ at: inner.now(), text })
        return text
      }
    }
    return recorded
  }
}
