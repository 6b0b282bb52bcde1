// Rules for pip: pinned versions and the download cache.

import { flagValue, type BuildStage, type DockerInstruction, type ParsedDockerfile } from './dockerfile'
import { checkEachRun } from './run-rule'
import type { ShellCommand } from './shell'
import type { RuleHit } from './types'

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
