// Apptainer's sylog output: the level label padded to 8 columns plus a space,
// always on stderr, coloured only when stderr is a terminal.

import type { CommandIO } from '../api'

export type LogLevel = 'FATAL' | 'ERROR' | 'WARNING' | 'INFO'

const COLOURS: Record<LogLevel, string> = { FATAL: '\x1b[31m', ERROR: '\x1b[31m', WARNING: '\x1b[33m', INFO: '\x1b[34m' }

/** Exit status of a FATAL message (sylog.Fatalf). */
export const FATAL_EXIT = 255

export class Logger {
  /** -q hides INFO, -s hides INFO and WARNING. */
  quiet = false
  silent = false
  colour = true

  constructor(private readonly io: CommandIO) {}

  log(level: LogLevel, message: string): void {
    if (level === 'INFO' && (this.quiet || this.silent)) return
    if (level === 'WARNING' && this.silent) return

    const label = `${level}:`.padEnd(8)
    const prefix = this.io.isTTY && this.colour ? `${COLOURS[level]}${label}\x1b[0m` : label
    this.io.write(`${prefix} ${message}\n`, 'stderr')
  }

  info(message: string): void {
    this.log('INFO', message)
  }

  warning(message: string): void {
    this.log('WARNING', message)
  }

  error(message: string): void {
    this.log('ERROR', message)
  }

  /** Prints a FATAL line and returns the status the command exits with. */
  fatal(message: string): number {
    this.log('FATAL', message)
    return FATAL_EXIT
  }
}
