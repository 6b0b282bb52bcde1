// The build plan: the parsed Dockerfile, global ARGs, stage names, the target
// stage and the stages it depends on, and BuildKit's build-check warnings.

import { flagValue, parseDockerfile, type BuildStage, type DockerInstruction, type ParsedDockerfile } from '../lint/dockerfile'
import { expandVariables } from './expand'
import { DockerfileError } from './metadata'

const KNOWN_INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'])

/** Instructions that create a filesystem step and count in `[stage i/n]`. */
export const STEP_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR'])

export interface PlannedStage {
  stage: BuildStage
  /** Image reference or earlier stage name after global ARG substitution. */
  baseName: string
  /** Index of the earlier stage this one starts from, when FROM names a stage. */
  parentStage: number | undefined
  label: string
  totalSteps: number
  platform: string | undefined
}

export interface BuildPlan {
  parsed: ParsedDockerfile
  globalArgs: Map<string, string>
  stages: PlannedStage[]
  /** Indexes of the stages to build, in Dockerfile order. */
  needed: number[]
  target: number
}

function fromPlatform(source: string, line: number): string | undefined {
  const text = source.split('\n')[line - 1] ?? ''
  return /--platform=(\S+)/.exec(text)?.[1]
}

function checkInstructions(parsed: ParsedDockerfile): void {
  const all = [...parsed.preamble, ...parsed.stages.flatMap((stage) => stage.instructions)]
  for (const instruction of all) {
    if (!KNOWN_INSTRUCTIONS.has(instruction.keyword)) {
      throw new DockerfileError(`dockerfile parse error on line ${instruction.line}: unknown instruction: ${instruction.keyword}`, instruction.line)
    }
  }
  for (const stage of parsed.stages) {
    if (stage.from === undefined) throw new DockerfileError(`dockerfile parse error on line ${stage.line}: no build stage in current context`, stage.line)
  }
}

function globalArgs(parsed: ParsedDockerfile, buildArgs: ReadonlyMap<string, string>): Map<string, string> {
  const args = new Map<string, string>()
  for (const instruction of parsed.preamble) {
    for (const property of instruction.properties) {
      const value = buildArgs.get(property.name) ?? (property.value === null ? undefined : expandVariables(property.value, (name) => args.get(name)))
      if (value !== undefined) args.set(property.name, value)
    }
  }
  return args
}

/** Returns the stage label BuildKit puts before the step counter: the alias, `stage-N` in a multi-stage file, or nothing. */
function stageLabel(alias: string | undefined, multiStage: boolean, index: number): string {
  if (alias) return `${alias} `
  if (multiStage) return `stage-${index} `
  return ''
}

/** Returns the index of the stage named by `reference` (alias or number) before `before`, if any. */
export function stageIndex(stages: readonly PlannedStage[], reference: string, before = stages.length): number | undefined {
  if (/^\d+$/.test(reference)) {
    const index = Number(reference)
    return index < before ? index : undefined
  }
  const lower = reference.toLowerCase()
  const found = stages.slice(0, before).findIndex((planned) => planned.stage.from?.alias?.toLowerCase() === lower)
  return found < 0 ? undefined : found
}

function dependencies(stages: readonly PlannedStage[], index: number): number[] {
  const planned = stages[index]!
  const result: number[] = []
  if (planned.parentStage !== undefined) result.push(planned.parentStage)

  for (const instruction of planned.stage.instructions) {
    const from = instruction.keyword === 'COPY' || instruction.keyword === 'ADD' ? flagValue(instruction, 'from') : undefined
    const found = from ? stageIndex(stages, from, index) : undefined
    if (found !== undefined) result.push(found)
  }
  return result
}

export function planBuild(source: string, buildArgs: ReadonlyMap<string, string>, target: string | undefined): BuildPlan {
  const parsed = parseDockerfile(source)
  if (parsed.stages.length === 0 && parsed.preamble.length === 0) throw new DockerfileError('the Dockerfile cannot be empty', 0)
  checkInstructions(parsed)
  if (parsed.stages.length === 0) throw new DockerfileError('dockerfile parse error on line 1: no build stage in current context', 1)

  const args = globalArgs(parsed, buildArgs)
  const stages: PlannedStage[] = []
  const multi = parsed.stages.length > 1
  for (const stage of parsed.stages) {
    const baseName = expandVariables(stage.from!.image, (name) => args.get(name))
    const alias = stage.from!.alias
    // `FROM scratch` is not a step of its own, so BuildKit counts only the steps after it.
    const fromSteps = baseName.toLowerCase() === 'scratch' ? 0 : 1
    const totalSteps = fromSteps + stage.instructions.filter((instruction) => STEP_INSTRUCTIONS.has(instruction.keyword) && !instruction.onbuild).length
    const planned: PlannedStage = { stage, baseName, parentStage: undefined, label: stageLabel(alias, multi, stage.index), totalSteps, platform: fromPlatform(source, stage.line) }
    planned.parentStage = stageIndex(stages, baseName)
    stages.push(planned)
  }

  const targetIndex = target === undefined ? stages.length - 1 : stageIndex(stages, target)
  if (targetIndex === undefined || (target !== undefined && /^\d+$/.test(target))) throw new DockerfileError(`target stage "${target}" could not be found`, 0)

  const needed = new Set<number>()
  const visit = (index: number): void => {
    if (needed.has(index)) return
    needed.add(index)
    for (const dependency of dependencies(stages, index)) visit(dependency)
  }
  visit(targetIndex)

  return { parsed, globalArgs: args, stages, needed: [...needed].sort((a, b) => a - b), target: targetIndex }
}

/** Names BuildKit's SecretsUsedInArgOrEnv check flags. */
const SECRET_NAME = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i

/** BuildKit's build checks that matter in the course, printed after a build as `N warnings found`. */
export function buildWarnings(source: string, parsed: ParsedDockerfile): string[] {
  const warnings: Array<{ line: number; text: string }> = []
  const instructions: DockerInstruction[] = [...parsed.preamble, ...parsed.stages.flatMap((stage) => stage.instructions)]

  for (const stage of parsed.stages) {
    const text = source.split('\n')[stage.line - 1] ?? ''
    const match = /^\s*(FROM|from)\b.*\s(AS|as)\s/i.exec(text)
    if (match && (match[1] === 'FROM') !== (match[2] === 'AS')) {
      warnings.push({ line: stage.line, text: `FromAsCasing: '${match[2]}' and '${match[1]}' keywords' casing do not match` })
    }
  }

  for (const instruction of instructions) {
    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      for (const property of instruction.properties) {
        if (SECRET_NAME.test(property.name)) warnings.push({ line: instruction.line, text: `SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (${instruction.keyword} "${property.name}")` })
      }
    }
    if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && instruction.execArgs === undefined) {
      warnings.push({ line: instruction.line, text: `JSONArgsRecommended: JSON arguments recommended for ${instruction.keyword} to prevent unintended behavior related to OS signals` })
    }
  }

  return warnings.sort((a, b) => a.line - b.line).map((warning) => `${warning.text} (line ${warning.line})`)
}
