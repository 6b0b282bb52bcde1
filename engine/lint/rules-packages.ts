// Rules for the system package managers apt-get, apt and apk.

import type { DockerInstruction, ParsedDockerfile } from './dockerfile'
import { checkEachRun, runInstructions } from './run-rule'
import { commandsOf, hasArgs, type ShellCommand } from './shell'
import type { RuleHit } from './types'

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

export function checkAptCommand(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3027', (commands) => commands.some((command) => command.name === 'apt'))
}

function apkAdds(commands: ShellCommand[]): ShellCommand[] {
  return commands.filter((command) => hasArgs(command, 'apk', ['add']))
}

// apk add options whose value is the next word, as hadolint's DL3018 skips them.
const APK_OPTIONS_WITH_VALUE = new Set(['-t', '--virtual', '--repository', '-X'])

function apkPackages(command: ShellCommand): string[] {
  const packages: string[] = []
  let skipNext = false

  for (const word of command.args) {
    if (skipNext) {
      skipNext = false
    } else if (APK_OPTIONS_WITH_VALUE.has(word)) {
      skipNext = true
    } else if (!word.startsWith('-') && word !== 'add') {
      packages.push(word)
    }
  }

  return packages
}

function isApkPinned(word: string): boolean {
  return ['=', '~', '>', '<'].some((symbol) => word.includes(symbol)) || word.endsWith('.apk')
}

export function checkApkPinning(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3018', (commands) =>
    apkAdds(commands).some((command) => !apkPackages(command).every(isApkPinned)),
  )
}

function mountsApkCache(instruction: DockerInstruction): boolean {
  return instruction.flags.some(
    (flag) => flag.name === 'mount' && /type=(cache|tmpfs)/.test(flag.value ?? '') && (flag.value ?? '').includes('/var/cache/apk'),
  )
}

/** DL3019: apk add without --no-cache, unless /var/cache/apk is a cache or tmpfs mount. */
export function checkApkCache(parsed: ParsedDockerfile): RuleHit[] {
  return checkEachRun(parsed, 'DL3019', (commands, instruction) => {
    if (mountsApkCache(instruction)) return false
    return apkAdds(commands).some((command) => !command.args.includes('--no-cache'))
  })
}
