// The `hadolint` command of the simulator: output formats and the CLI subset
// `hadolint [-f|--format tty|json] [--ignore CODE]... [--error|--warning|--info|--style CODE]...
// [--no-fail] [-t|--failure-threshold SEVERITY] [-v|--version] DOCKERFILE...|-`.

import { lintDockerfile } from './lint'
import { SEVERITY_ORDER, type LintFinding, type LintSeverity } from './types'

export type HadolintFormat = 'tty' | 'json'

export interface CommandResult {
  stdout: string
  stderr: string
  exitCode: number
}

export const HADOLINT_VERSION = '2.15.1'

/**
 * Formats findings as hadolint does without colours. The tty format prints one
 * `Dockerfile:3 DL3007 warning: <message>` line per finding. The json format prints one array
 * with the keys in the order hadolint 2.x emits them (code, column, file, level, line, message),
 * and column is always 1 as in hadolint.
 */
export function formatHadolint(findings: readonly LintFinding[], options: { format: HadolintFormat; fileName: string }): string {
  if (options.format === 'json') return `${formatJson(findings.map((finding) => ({ finding, fileName: options.fileName })))}\n`

  return findings.map((finding) => `${formatTtyLine(finding, options.fileName)}\n`).join('')
}

function formatTtyLine(finding: LintFinding, fileName: string): string {
  return `${fileName}:${finding.line} ${finding.code} ${finding.severity}: ${finding.message}`
}

function formatJson(entries: ReadonlyArray<{ finding: LintFinding; fileName: string }>): string {
  const objects = entries.map(({ finding, fileName }) => ({
    code: finding.code,
    column: finding.column ?? 1,
    file: fileName,
    level: finding.severity,
    line: finding.line,
    message: finding.message,
  }))

  return JSON.stringify(objects)
}

interface HadolintArgs {
  format: HadolintFormat
  ignore: string[]
  override: Record<LintSeverity, string[]>
  noFail: boolean
  /** `none` stands for hadolint's `ignore`/`none`: any reported finding fails. */
  threshold: LintSeverity | 'none'
  version: boolean
  files: string[]
}

type ParseResult = { ok: true; args: HadolintArgs } | { ok: false; error: string }

const THRESHOLDS = new Set(['error', 'warning', 'info', 'style', 'ignore', 'none'])

function parseArguments(argv: readonly string[]): ParseResult {
  const args: HadolintArgs = {
    format: 'tty',
    ignore: [],
    override: { error: [], warning: [], info: [], style: [] },
    noFail: false,
    threshold: 'info',
    version: false,
    files: [],
  }

  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] ?? ''
    const [name, inlineValue] = word.startsWith('--') && word.includes('=') ? splitOnce(word) : [word, undefined]
    const takeValue = (): string | undefined => inlineValue ?? argv[++index]

    const error = applyOption(args, name, takeValue)
    if (error !== undefined) return { ok: false, error }
  }

  return { ok: true, args }
}

function splitOnce(word: string): [string, string] {
  const at = word.indexOf('=')
  return [word.slice(0, at), word.slice(at + 1)]
}

/** Applies one command-line word to `args` and returns an error message when the word is invalid. */
function applyOption(args: HadolintArgs, name: string, takeValue: () => string | undefined): string | undefined {
  if (name === '-v' || name === '--version') {
    args.version = true
  } else if (name === '--no-fail') {
    args.noFail = true
  } else if (name === '-f' || name === '--format') {
    const value = takeValue()
    if (value !== 'tty' && value !== 'json') return invalidValue(name, value)
    args.format = value
  } else if (name === '-t' || name === '--failure-threshold') {
    const value = takeValue()
    if (value === undefined || !THRESHOLDS.has(value)) return invalidValue(name, value)
    args.threshold = value === 'ignore' ? 'none' : (value as LintSeverity | 'none')
  } else if (name === '--ignore') {
    const value = takeValue()
    if (value === undefined) return invalidValue(name, value)
    args.ignore.push(value)
  } else if (['--error', '--warning', '--info', '--style'].includes(name)) {
    const value = takeValue()
    if (value === undefined) return invalidValue(name, value)
    args.override[name.slice(2) as LintSeverity].push(value)
  } else if (name.startsWith('-') && name !== '-') {
    return `Invalid option \`${name}'`
  } else {
    args.files.push(name)
  }

  return undefined
}

// NOTE: hadolint's option parser (optparse-applicative) also prints the usage text after these
// errors; the simulator prints only the first line.
function invalidValue(option: string, value: string | undefined): string {
  return value === undefined ? `Missing: ${option}` : `option ${option}: cannot parse value \`${value}'`
}

/**
 * Runs the simulated `hadolint`. `readFile` returns a file's content or undefined when it does
 * not exist; for the path `-` it returns standard input. Only hadolint's own rules run.
 */
export function runHadolint(argv: readonly string[], readFile: (path: string) => string | undefined): CommandResult {
  const parsed = parseArguments(argv)
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.error}\n`, exitCode: 1 }

  const { args } = parsed
  if (args.version) return { stdout: `Haskell Dockerfile Linter ${HADOLINT_VERSION}\n`, stderr: '', exitCode: 0 }

  // NOTE: text taken from an older hadolint app/Main.hs; hadolint 2.15 may word it differently.
  if (args.files.length === 0) return { stdout: 'Please provide a Dockerfile\n', stderr: '', exitCode: 1 }

  return lintFiles(args, readFile)
}

function lintFiles(args: HadolintArgs, readFile: (path: string) => string | undefined): CommandResult {
  const entries: Array<{ finding: LintFinding; fileName: string }> = []

  for (const file of args.files) {
    const source = readFile(file)

    // NOTE: hadolint 2.12 prints this GHC I/O error for a missing file (seen in user reports of
    // that version) and exits 1 before printing any finding.
    if (source === undefined) {
      return { stdout: '', stderr: `hadolint: ${file}: withBinaryFile: does not exist (No such file or directory)\n`, exitCode: 1 }
    }

    const findings = lintDockerfile(source, { ignore: args.ignore, override: args.override, courseRules: false })
    entries.push(...findings.map((finding) => ({ finding, fileName: file })))
  }

  const stdout =
    args.format === 'json'
      ? `${formatJson(entries)}\n`
      : entries.map(({ finding, fileName }) => `${formatTtyLine(finding, fileName)}\n`).join('')

  return { stdout, stderr: '', exitCode: exitCodeFor(entries.map((entry) => entry.finding), args) }
}

/**
 * Returns 1 when a finding is at least as severe as the failure threshold, unless --no-fail.
 * With the threshold `ignore` or `none` every reported finding fails, as in hadolint.
 */
function exitCodeFor(findings: readonly LintFinding[], args: HadolintArgs): number {
  if (args.noFail) return 0

  const limit = args.threshold === 'none' ? SEVERITY_ORDER.length : SEVERITY_ORDER.indexOf(args.threshold)
  return findings.some((finding) => SEVERITY_ORDER.indexOf(finding.severity) <= limit) ? 1 : 0
}

