// Helpers shared by the rules that read RUN instructions (ONBUILD RUN included, as in hadolint).

import type { BuildStage, DockerInstruction, ParsedDockerfile } from './dockerfile'
import { commandsOf, type ShellCommand } from './shell'
import type { RuleHit } from './types'

export type RunCheck = (commands: ShellCommand[], instruction: DockerInstruction, stage: BuildStage) => boolean

export function runInstructions(stage: BuildStage): DockerInstruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === 'RUN')
}

/** Reports `code` once for each RUN whose commands match `violates`. */
export function checkEachRun(parsed: ParsedDockerfile, code: string, violates: RunCheck): RuleHit[] {
  return parsed.stages.flatMap((stage) =>
    runInstructions(stage)
      .filter((instruction) => violates(commandsOf(instruction), instruction, stage))
      .map((instruction) => ({ code, line: instruction.line })),
  )
}
