// Rules that look at the instructions of each build stage.

import { instructionsOf, parentStage, type BuildStage, type DockerInstruction, type ParsedDockerfile } from './dockerfile'
import type { RuleHit } from './types'

function isRootUser(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:')
}

/** DL3002: the last USER of a stage is root. Stages without USER are not reported, as in hadolint. */
export function checkLastUserRoot(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) => {
    const last = instructionsOf(stage, 'USER').at(-1)
    return last !== undefined && isRootUser(last.text.trim()) ? [{ code: 'DL3002', line: last.line }] : []
  })
}

/** DL3012: every HEALTHCHECK after the first one of a stage. */
export function checkMultipleHealthchecks(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    instructionsOf(stage, 'HEALTHCHECK')
      .slice(1)
      .map((instruction) => ({ code: 'DL3012', line: instruction.line })),
  )
}

// Extensions that ADD unpacks, from hadolint's archive list.
const ARCHIVE_EXTENSIONS = [
  '.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz',
]

function isUrl(source: string): boolean {
  return source.startsWith('http://') || source.startsWith('https://')
}

function isArchive(source: string): boolean {
  return ARCHIVE_EXTENSIONS.some((extension) => source.endsWith(extension))
}

function addSources(instruction: DockerInstruction): string[] {
  const words = instruction.execArgs ?? instruction.args
  return words.slice(0, -1)
}

/** DL3020: ADD whose sources are not all URLs or archives. */
export function checkAddForFiles(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    instructionsOf(stage, 'ADD')
      .filter((instruction) => !addSources(instruction).every((source) => isUrl(source) || isArchive(source)))
      .map((instruction) => ({ code: 'DL3020', line: instruction.line })),
  )
}

/** CS006: ADD of a URL without `--checksum`. */
export function checkAddUrlChecksum(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    instructionsOf(stage, 'ADD')
      .filter((instruction) => addSources(instruction).some(isUrl))
      .filter((instruction) => !instruction.flags.some((flag) => flag.name === 'checksum'))
      .map((instruction) => ({ code: 'CS006', line: instruction.line })),
  )
}

function isHealthcheckShellForm(instruction: DockerInstruction): boolean {
  const match = /^CMD\s+(.*)$/is.exec(healthcheckCommand(instruction))
  return match !== null && !(match[1] ?? '').trim().startsWith('[')
}

/** Returns the HEALTHCHECK text after its options, e.g. `CMD curl -f http://localhost/ || exit 1`. */
function healthcheckCommand(instruction: DockerInstruction): string {
  return instruction.text.replace(/^(\s*--[a-z-]+(=\S*)?)*\s*/i, '')
}

/** DL3025: CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form. */
export function checkJsonNotation(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    stage.instructions
      .filter((instruction) => !instruction.onbuild)
      .filter((instruction) => {
        if (instruction.keyword === 'HEALTHCHECK') return isHealthcheckShellForm(instruction)
        const isCommand = instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT'
        return isCommand && instruction.execArgs === undefined && instruction.text.trim() !== ''
      })
      .map((instruction) => ({ code: 'DL3025', line: instruction.line })),
  )
}

function stageName(stage: BuildStage): string | undefined {
  return (stage.from?.alias ?? stage.from?.name)?.toLowerCase()
}

/**
 * DL3057: stages with no HEALTHCHECK that are not built FROM a stage that has one, reported at
 * their FROM line. As in hadolint, any HEALTHCHECK (also NONE) counts.
 */
export function checkMissingHealthcheck(parsed: ParsedDockerfile): RuleHit[] {
  const good = new Set<string>()
  const hits: RuleHit[] = []

  for (const stage of parsed.stages) {
    const name = stageName(stage) ?? ''
    // hadolint compares the image name without tag, so `FROM nginx:1.27` after a stage
    // `FROM nginx:1.26` that has a HEALTHCHECK counts as inheriting it.
    const inherits = stage.from !== undefined && good.has(stage.from.name.toLowerCase())

    if (inherits || instructionsOf(stage, 'HEALTHCHECK').length > 0) good.add(name)
    else hits.push({ code: 'DL3057', line: stage.line })
  }

  return hits
}

/** Walks from a stage to the stages it is built FROM, nearest first. */
function stageChain(parsed: ParsedDockerfile, stage: BuildStage): BuildStage[] {
  const chain: BuildStage[] = []

  for (let current: BuildStage | undefined = stage; current !== undefined; current = parentStage(parsed, current)) {
    chain.push(current)
  }

  return chain
}

/** CS001: the final stage has no USER, neither its own nor from a stage it is built FROM. */
export function checkNoUser(parsed: ParsedDockerfile): RuleHit[] {
  const final = parsed.stages.at(-1)
  if (final === undefined) return []

  const hasUser = stageChain(parsed, final).some((stage) => instructionsOf(stage, 'USER').length > 0)
  return hasUser ? [] : [{ code: 'CS001', line: final.line }]
}

/** CS007: the final stage, with the stages it is built FROM, has no HEALTHCHECK other than NONE. */
export function checkFinalHealthcheck(parsed: ParsedDockerfile): RuleHit[] {
  const final = parsed.stages.at(-1)
  if (final === undefined) return []

  // The nearest HEALTHCHECK wins, and HEALTHCHECK NONE turns the image's check off.
  const nearest = stageChain(parsed, final)
    .map((stage) => instructionsOf(stage, 'HEALTHCHECK').at(-1))
    .find((instruction) => instruction !== undefined)

  const enabled = nearest !== undefined && !/^\s*NONE\s*$/i.test(nearest.text)
  return enabled ? [] : [{ code: 'CS007', line: nearest?.line ?? final.line }]
}

function exposedPorts(instruction: DockerInstruction): Array<[number, number]> {
  return instruction.args.map((word) => {
    const [start, end] = word.replace(/\/(tcp|udp|sctp)$/i, '').split('-').map(Number)
    return [start ?? NaN, end ?? start ?? NaN]
  })
}

/** CS003: EXPOSE of port 22, alone or inside a range. */
export function checkSshPort(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    instructionsOf(stage, 'EXPOSE')
      .filter((instruction) => exposedPorts(instruction).some(([start, end]) => start <= 22 && 22 <= end))
      .map((instruction) => ({ code: 'CS003', line: instruction.line })),
  )
}
