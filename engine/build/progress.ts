// BuildKit's plain progress output (`docker build --progress=plain`, and the
// default when the output is not a terminal): one `#N` block per vertex,
// log lines prefixed with the seconds since the vertex started, and a
// closing `DONE 1.2s`, `CACHED` or `ERROR: …` line.
// NOTE: the layout follows buildx output quoted in public bug reports of
// 2024-2025 and the 20.10 capture in the course notes; no Docker 28 build
// output was captured for the simulator.

import type { CommandIO } from '../api'
import { humanSize } from '../format/units'

/** BuildKit's progress prints byte counts with go-units HumanSize: `1.23kB`, `256B`, `29.92MB`. */
export const progressBytes = humanSize

export class PlainProgress {
  private next = 0

  constructor(
    private readonly io: CommandIO,
    /** With `docker build -q` nothing but the image ID is printed. */
    private readonly quiet: boolean,
  ) {}

  private write(text: string): void {
    if (!this.quiet) this.io.write(text, 'stderr')
  }

  /** Opens the next vertex and returns its number. */
  open(name: string): number {
    const id = this.next++
    this.write(`${id === 0 ? '' : '\n'}#${id} ${name}\n`)
    return id
  }

  line(id: number, text: string): void {
    this.write(`#${id} ${text}\n`)
  }

  /** Writes a line of command output, `#8 1.234 Collecting flask`. */
  log(id: number, seconds: number, text: string): void {
    this.write(`#${id} ${seconds.toFixed(3)} ${text}\n`)
  }

  done(id: number, ms: number): void {
    this.write(`#${id} DONE ${formatSeconds(ms)}\n`)
  }

  cached(id: number): void {
    this.write(`#${id} CACHED\n`)
  }

  error(id: number, message: string): void {
    this.write(`#${id} ERROR: ${message}\n`)
  }

  /** Writes text that is not part of a vertex (error summaries, warnings). */
  raw(text: string): void {
    this.io.write(text, 'stderr')
  }
}

/** BuildKit prints durations with one decimal: `0.0s`, `12.3s`. */
export function formatSeconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)}s`
}

/** Returns the Dockerfile lines around `line`, as BuildKit prints them under a failed step. */
export function dockerfileExcerpt(dockerfileName: string, source: string, line: number): string {
  const lines = source.split('\n')
  const first = Math.max(1, line - 2)
  const last = Math.min(lines.length, line + 2)
  let text = `${dockerfileName}:${line}\n--------------------\n`
  for (let number = first; number <= last; number++) {
    const marker = number === line ? '>>>' : '   '
    text += `${String(number).padStart(4)} | ${marker} ${lines[number - 1] ?? ''}\n`
  }
  return `${text}--------------------\n`
}

/**
 * Returns the error report BuildKit prints after a failed step: the step's
 * last output lines, the Dockerfile lines around the instruction, and the cause.
 */
export function errorSummary(step: string, outputTail: string[], dockerfileName: string, source: string, line: number | undefined, cause: string): string {
  const box = `------\n > ${step}:\n${outputTail.map((entry) => `${entry}\n`).join('')}------\n`
  const excerpt = line === undefined ? '' : dockerfileExcerpt(dockerfileName, source, line)
  return `${box}${excerpt}ERROR: failed to solve: ${cause}\n`
}
