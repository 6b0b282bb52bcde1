// Headless runner: reads shell lines from stdin (or --script FILE), prints
// `$ line` and then the output exactly as the terminal would show it.
// A command that prompts (a pass phrase, `Password / Token:`) reads the next
// input line as its answer, shown only when the prompt echoes.
// Usage: npm run --silent sim -- [--seed N] [--start ISO] [--script FILE] < lines.txt

import { readFileSync } from 'node:fs'
import type { CommandIO } from '../api'
import { createEngine } from '../index'
import { logicalLines } from './lines'

/** Virtual time one command may spend waiting before the runner interrupts it like Ctrl-C. */
const COMMAND_BUDGET_MS = 3_600_000

interface Options {
  seed: number | undefined
  start: string | undefined
  script: string | undefined
}

function parseArguments(argv: string[]): Options {
  const options: Options = { seed: undefined, start: undefined, script: undefined }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const value = (): string => {
      const next = argv[++index]
      if (next === undefined) throw new Error(`${arg} requires a value`)
      return next
    }
    if (arg === '--seed') options.seed = Number(value())
    else if (arg === '--start') options.start = value()
    else if (arg === '--script') options.script = value()
    else throw new Error(`unknown option: ${arg}`)
  }
  return options
}

async function main(): Promise<void> {
  // `npm run sim | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })

  let options: Options
  try {
    options = parseArguments(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`sim: ${(error as Error).message}\n`)
    process.exitCode = 2
    return
  }

  const input = options.script !== undefined ? readFileSync(options.script, 'utf8') : readFileSync(0, 'utf8')
  const engine = createEngine({ seed: options.seed, start: options.start })
  let budget = COMMAND_BUDGET_MS

  const io: CommandIO = {
    write: (text) => {
      process.stdout.write(text)
    },
    sleep: async (ms) => {
      const step = Math.min(ms, budget)
      engine.advance(step)
      budget -= step
      return step === ms
    },
    isTTY: false,
    columns: 120,
    readLine: async (echo) => {
      const answer = lines.shift()
      process.stdout.write(echo && answer !== undefined ? `${answer}\n` : '\n')
      return answer
    },
  }

  const lines = logicalLines(input)
  for (let line = lines.shift(); line !== undefined; line = lines.shift()) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue

    process.stdout.write(`$ ${line}\n`)
    budget = COMMAND_BUDGET_MS
    await engine.execute(line, io)
  }
}

void main()
