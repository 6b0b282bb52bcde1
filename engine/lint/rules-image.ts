// Rules about FROM lines and the order of instructions.

import { parentStage, type BuildStage, type ParsedDockerfile } from './dockerfile'
import type { RuleHit } from './types'

/** DL3006: FROM without a tag, except scratch, digests, `$VAR` images and earlier stage names. */
export function checkUntaggedImage(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.filter((stage) => isUntagged(parsed, stage)).map((stage) => ({ code: 'DL3006', line: stage.line }))
}

function isUntagged(parsed: ParsedDockerfile, stage: BuildStage): boolean {
  const from = stage.from
  if (from === undefined || from.tag !== undefined || from.digest !== undefined) return false
  if (from.image === 'scratch' || from.image.startsWith('$')) return false

  return parentStage(parsed, stage) === undefined
}

/** DL3007: FROM with the `latest` tag and no digest. */
export function checkLatestTag(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages
    .filter((stage) => stage.from?.tag === 'latest' && stage.from.digest === undefined)
    .map((stage) => ({ code: 'DL3007', line: stage.line }))
}

/** DL3061: every instruction other than ARG before the first FROM. */
export function checkInstructionOrder(parsed: ParsedDockerfile): RuleHit[] {
  const fragment = parsed.stages[0]
  if (fragment === undefined || fragment.from !== undefined) return []

  return fragment.instructions
    .filter((instruction) => instruction.keyword !== 'ARG' || instruction.onbuild)
    .map((instruction) => ({ code: 'DL3061', line: instruction.line }))
}

/** DL4000: any MAINTAINER. */
export function checkMaintainer(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    stage.instructions
      .filter((instruction) => instruction.keyword === 'MAINTAINER')
      .map((instruction) => ({ code: 'DL4000', line: instruction.line })),
  )
}

/** CS008: a FROM of a registry image without a digest; scratch, `$VAR` images and stage names are exempt. */
export function checkDigestPin(parsed: ParsedDockerfile): RuleHit[] {
  return parsed.stages
    .filter((stage) => {
      const from = stage.from
      if (from === undefined || from.digest !== undefined) return false
      if (from.image === 'scratch' || from.image.startsWith('$')) return false
      return parentStage(parsed, stage) === undefined
    })
    .map((stage) => ({ code: 'CS008', line: stage.line }))
}
