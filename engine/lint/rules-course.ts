// Course rules hadolint does not have: secrets, file ownership, fixed UIDs and layer cache order.

import { instructionsOf, parentStage, type BuildStage, type DockerInstruction, type ParsedDockerfile } from './dockerfile'
import { commandsOf, type ShellCommand } from './shell'
import type { RuleHit } from './types'

// Variable names that usually carry a secret. `*_FILE` names are the usual way to point at a
// mounted secret file instead, so they are exempt.
const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL/i

/** CS002: ENV or ARG whose name looks like a secret. */
export function checkSecretVariables(parsed: ParsedDockerfile): RuleHit[] {
  const instructions = [...parsed.preamble, ...parsed.stages.flatMap((stage) => stage.instructions)]

  return instructions
    .filter((instruction) => instruction.keyword === 'ENV' || instruction.keyword === 'ARG')
    .filter((instruction) =>
      instruction.properties.some(({ name }) => SECRET_NAME.test(name) && !/_FILE$/i.test(name)),
    )
    .map((instruction) => ({ code: 'CS002', line: instruction.line }))
}

function userPart(user: string): string {
  return user.trim().split(':')[0] ?? ''
}

/** Returns the user the stage runs as at its end, following USER into parent stages. */
function effectiveUser(parsed: ParsedDockerfile, stage: BuildStage): string | undefined {
  for (let current: BuildStage | undefined = stage; current !== undefined; current = parentStage(parsed, current)) {
    const last = instructionsOf(current, 'USER').at(-1)
    if (last !== undefined) return userPart(last.text)
  }

  return undefined
}

/** True when a chmod mode gives others write permission: `777`, `o+w`, `a+w`, `+w`. */
function grantsOthersWrite(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return (Number(mode.at(-1)) & 2) !== 0

  return mode.split(',').some((clause) => {
    const match = /^([ugoa]*)[+=]([rwxXst]*)$/.exec(clause)
    if (match === null) return false
    const [, who = '', permissions = ''] = match
    return permissions.includes('w') && (who === '' || who.includes('o') || who.includes('a'))
  })
}

function chmodModes(commands: ShellCommand[]): string[] {
  return commands
    .filter((command) => command.name === 'chmod')
    .map((command) => command.args.find((word) => !word.startsWith('-')) ?? '')
}

function chownUsers(commands: ShellCommand[]): string[] {
  return commands
    .filter((command) => command.name === 'chown')
    .map((command) => userPart(command.args.find((word) => !word.startsWith('-')) ?? ''))
}

function violatesRootOwnership(instruction: DockerInstruction, runtimeUser: string | undefined): boolean {
  const ownedByRuntimeUser = (user: string): boolean =>
    runtimeUser !== undefined && user !== '' && user !== 'root' && user !== '0' && user === runtimeUser

  if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
    const chown = instruction.flags.find((flag) => flag.name === 'chown')?.value
    const chmod = instruction.flags.find((flag) => flag.name === 'chmod')?.value
    return ownedByRuntimeUser(userPart(chown ?? '')) || (chmod != null && grantsOthersWrite(chmod))
  }

  if (instruction.keyword !== 'RUN') return false

  const commands = commandsOf(instruction)
  return chmodModes(commands).some(grantsOthersWrite) || chownUsers(commands).some(ownedByRuntimeUser)
}

/**
 * CS004: files handed to the user the container runs as (`COPY --chown`, `chown`) or made
 * writable by everyone (`--chmod`, `chmod`). The linter cannot tell executables from data
 * files, so a data directory owned by the runtime user is reported too.
 */
export function checkRootOwnedExecutables(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) => {
    const runtimeUser = effectiveUser(parsed, stage)
    return stage.instructions
      .filter((instruction) => !instruction.onbuild && violatesRootOwnership(instruction, runtimeUser))
      .map((instruction) => ({ code: 'CS004', line: instruction.line }))
  })
}

function isFixedUid(user: string): boolean {
  const uid = userPart(user)
  return /^\d+$/.test(uid) && Number(uid) !== 0
}

function createsUserWithUid(commands: ShellCommand[]): boolean {
  return commands.some(
    (command) =>
      (command.name === 'useradd' || command.name === 'adduser') &&
      command.args.some((word) => word === '-u' || word === '--uid' || word.startsWith('--uid=')),
  )
}

/** CS005: `USER <number>` other than 0, or `useradd -u`/`adduser -u` with a fixed UID. */
export function checkFixedUid(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    stage.instructions
      .filter((instruction) => !instruction.onbuild)
      .filter(
        (instruction) =>
          (instruction.keyword === 'USER' && isFixedUid(instruction.text)) ||
          (instruction.keyword === 'RUN' && createsUserWithUid(commandsOf(instruction))),
      )
      .map((instruction) => ({ code: 'CS005', line: instruction.line })),
  )
}

// Files that list dependencies. Copying only these before the install keeps its layer cached.
const DEPENDENCY_MANIFEST =
  /^(requirements.*\.txt|constraints.*\.txt|package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|\.npmrc|\.yarnrc(\.yml)?|go\.(mod|sum)|Gemfile(\.lock)?|pyproject\.toml|poetry\.lock|Pipfile(\.lock)?|setup\.(py|cfg)|composer\.(json|lock)|Cargo\.(toml|lock)|pom\.xml)$/

function installsDependencies(command: ShellCommand): boolean {
  const [first, second] = command.args
  const pipInstall = /^pip[0-9.]*$/.test(command.name) || (/^python[0-9.]*$/.test(command.name) && second === 'pip')

  if (pipInstall) return command.args.some((word) => word === '-r' || word.startsWith('--requirement'))
  if (['npm', 'pnpm'].includes(command.name)) return first === 'ci' || (first === 'install' && command.args.length === 1)
  if (command.name === 'yarn') return first === undefined || first === 'install'
  if (['bundle', 'poetry', 'pipenv', 'composer'].includes(command.name)) return first === 'install'

  return command.name === 'go' && first === 'mod' && second === 'download'
}

function copiesSources(instruction: DockerInstruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false
  if (instruction.flags.some((flag) => flag.name === 'from')) return false

  const sources = (instruction.execArgs ?? instruction.args).slice(0, -1)
  return sources.some((source) => !DEPENDENCY_MANIFEST.test(source.split('/').filter(Boolean).at(-1) ?? source))
}

/** CS009: a COPY of source files before the RUN that installs dependencies from a manifest. */
export function checkCacheOrder(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) => {
    const install = stage.instructions.find(
      (instruction) => instruction.keyword === 'RUN' && commandsOf(instruction).some(installsDependencies),
    )
    if (install === undefined) return []

    const early = stage.instructions.find((instruction) => instruction.line < install.line && copiesSources(instruction))
    return early === undefined ? [] : [{ code: 'CS009', line: early.line }]
  })
}
