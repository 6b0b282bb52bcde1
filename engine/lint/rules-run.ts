// Rules that read the shell commands of RUN instructions (ONBUILD RUN included, as in hadolint).

import { flagValue, type BuildStage, type DockerInstruction, type ParsedDockerfile } from './dockerfile'
import { commandsOf, hasArgs, type ShellCommand } from './shell'
import type { RuleHit } from './types'

type RunCheck = (commands: ShellCommand[], instruction: DockerInstruction, stage: BuildStage) => boolean

function runInstructions(stage: BuildStage): DockerInstruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === 'RUN')
}

/** Reports `code` once for each RUN whose commands match `violates`. */
function checkEachRun(parsed: ParsedDockerfile, code: string, violates: RunCheck): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    runInstructions(stage)
      .filter((instruction) => violates(commandsOf(instruction), instruction, stage))
      .map((instruction) => ({ code, line: instruction.line })),
  )
}

// hadolint's DL3001 list; `ifconfig` is in its message but not in this set.
const POINTLESS_COMMANDS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'])

export function checkPointlessCommands(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3001', (commands) => commands.some((command) => POINTLESS_COMMANDS.has(command.name)))
}

export function checkCd(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3003', (commands) => commands.some((command) => command.name === 'cd'))
}

export function checkSudo(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3004', (commands) => commands.some((command) => command.name === 'sudo'))
}

function aptGetInstalls(commands: ShellCommand[]): ShellCommand[] {
  return commands.filter((command) => hasArgs(command, 'apt-get', ['install']))
}

/** Returns the package words of `apt-get install`, skipping options and the value of `-t`/`--target-release`. */
function aptPackages(command: ShellCommand): string[] {
  const packages: string[] = []
  let skipNext = false

  for (const word of command.args) {
    if (skipNext) {
      skipNext = false
    } else if (word === '-t' || word === '--target-release') {
      skipNext = true
    } else if (!word.startsWith('-') && word !== 'install') {
      packages.push(word)
    }
  }

  return packages
}

function isAptPinned(word: string): boolean {
  return word.includes('=') || word.includes('/') || word.endsWith('.deb')
}

export function checkAptPinning(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3008', (commands) =>
    aptGetInstalls(commands).some((command) => !aptPackages(command).every(isAptPinned)),
  )
}

function hasAssumeYes(command: ShellCommand): boolean {
  const { args } = command
  const quietCount = args.filter((word) => word === '-q').length

  return (
    args.some((word) => ['-y', '--yes', '--assume-yes', '-qq', '-q=2'].includes(word) || /^-[a-z]*y[a-z]*$/.test(word)) ||
    quietCount >= 2
  )
}

export function checkAptAssumeYes(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3014', (commands) => aptGetInstalls(commands).some((command) => !hasAssumeYes(command)))
}

function skipsRecommends(command: ShellCommand): boolean {
  return command.args.some(
    (word) => word === '--no-install-recommends' || word.includes('APT::Install-Recommends=false'),
  )
}

export function checkAptRecommends(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3015', (commands) => aptGetInstalls(commands).some((command) => !skipsRecommends(command)))
}

/**
 * DL3009: `apt-get update` (or `apt`/`aptitude update`) without `rm -rf /var/lib/apt/lists/*` in
 * the same RUN. As in hadolint, only the last stage and stages used by a later FROM are reported,
 * and a cache mount on the lists exempts the RUN.
 */
export function checkAptLists(parsed: ParsedDockerfile): RuleHit[] {
  const usedImages = new Set(parsed.stages.map((stage) => stage.from?.image.toLowerCase()))
  const lastIndex = parsed.stages.length - 1

  const reported = parsed.stages.filter((stage) => {
    const alias = stage.from?.alias?.toLowerCase()
    return stage.index === lastIndex || (alias !== undefined && usedImages.has(alias))
  })

  return reported.flatMap((stage) =>
    runInstructions(stage)
      .filter((instruction) => forgetsAptLists(commandsOf(instruction)) && !mountsAptCache(instruction))
      .map((instruction) => ({ code: 'DL3009', line: instruction.line })),
  )
}

function forgetsAptLists(commands: ShellCommand[]): boolean {
  const updates = commands.some((command) =>
    ['apt-get', 'apt', 'aptitude'].some((name) => hasArgs(command, name, ['update'])),
  )
  const cleans = commands.some((command) => hasArgs(command, 'rm', ['-rf', '/var/lib/apt/lists/*']))

  return updates && !cleans
}

function mountsAptCache(instruction: DockerInstruction): boolean {
  const targets = instruction.flags
    .filter((flag) => flag.name === 'mount' && flag.value !== null && /type=(cache|tmpfs)/.test(flag.value))
    .map((flag) => /(?:target|dst|destination)=([^,]+)/.exec(flag.value ?? '')?.[1] ?? '')

  const covers = (dir: string): boolean => targets.some((target) => target.startsWith(dir))
  return covers('/var/lib/apt/lists') || (covers('/var/lib/apt') && covers('/var/cache/apt'))
}

/** True for `pip install`, `pip3 install`, `python -m pip install` and similar. */
function isPipInstall(command: ShellCommand): boolean {
  if (/^pip[0-9.]*$/.test(command.name)) return command.args[0] === 'install'
  if (!/^python[0-9.]*$/.test(command.name)) return false

  const [flag, module, subcommand] = command.args
  return flag === '-m' && module === 'pip' && subcommand === 'install'
}

function pipArguments(command: ShellCommand): string[] {
  const start = command.args.indexOf('install') + 1
  return command.args.slice(start)
}

// pip install options whose value is the next word, as hadolint's DL3013 skips them.
const PIP_OPTIONS_WITH_VALUE = new Set([
  '--abi', '-b', '--build', '-e', '--editable', '--extra-index-url', '-f', '--find-links', '-i', '--index-url',
  '--implementation', '--no-binary', '--only-binary', '--platform', '--prefix', '--progress-bar', '--proxy',
  '--python-version', '--root', '--src', '-t', '--target', '--trusted-host', '--upgrade-strategy',
])

const VERSION_OPERATORS = ['==', '>=', '<=', '!=', '~=', '>', '<']

// VCS URL schemes pip accepts (git+https://…, hg+ssh://…, svn, bzr+…), matched by prefix.
const VCS_SCHEME = /^(git|hg|svn|bzr)(\+[a-z-]+)?[:+]/

/** True for `pkg==1.0`, wheels and sdists, paths, and VCS URLs that name a ref with `@`. */
function isPipPinned(word: string): boolean {
  if (VERSION_OPERATORS.some((operator) => word.includes(operator))) return true
  if (word.endsWith('.whl') || word.endsWith('.tar.gz')) return true

  const isVcs = VCS_SCHEME.test(word)
  return isVcs ? word.includes('@') : word.includes('/')
}

function pipHasUnpinnedPackage(command: ShellCommand): boolean {
  // A requirements file, a constraints file or the local project (`.`) exempts the command.
  const words = pipArguments(command)
  const exempt = words.some(
    (word) => ['-r', '--requirement', '-c', '--constraint', '.'].includes(word) || /^--(requirement|constraint)=/.test(word),
  )
  if (exempt) return false

  let skipNext = false
  for (const word of words) {
    if (skipNext) {
      skipNext = false
      continue
    }
    if (PIP_OPTIONS_WITH_VALUE.has(word)) {
      skipNext = true
      continue
    }
    if (!word.startsWith('-') && !isPipPinned(word)) return true
  }

  return false
}

export function checkPipPinning(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3013', (commands) => commands.some((command) => isPipInstall(command) && pipHasUnpinnedPackage(command)))
}

const TRUTHY = /^(1|true|yes|on)$/i

/** DL3042: pip install without --no-cache-dir, unless PIP_NO_CACHE_DIR is set or the pip cache is a mount. */
export function checkPipCache(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3042', (commands, instruction, stage) => {
    if (stageDisablesPipCache(stage, instruction) || mountsPipCache(instruction)) return false

    return commands.some((command) => isPipInstall(command) && !command.args.includes('--no-cache-dir'))
  })
}

function stageDisablesPipCache(stage: BuildStage, instruction: DockerInstruction): boolean {
  if (TRUTHY.test(/PIP_NO_CACHE_DIR=(\S+)/.exec(instruction.text)?.[1] ?? '')) return true

  return stage.instructions
    .filter((candidate) => candidate.keyword === 'ENV' && candidate.line < instruction.line)
    .some((candidate) =>
      candidate.properties.some(({ name, value }) => name === 'PIP_NO_CACHE_DIR' && TRUTHY.test(value ?? '')),
    )
}

function mountsPipCache(instruction: DockerInstruction): boolean {
  const mount = flagValue(instruction, 'mount')
  return typeof mount === 'string' && /type=(cache|tmpfs)/.test(mount) && mount.includes('.cache/pip')
}
