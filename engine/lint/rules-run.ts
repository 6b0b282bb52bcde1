// Rules about the commands a RUN runs and about consecutive RUNs.

import type { DockerInstruction, ParsedDockerfile } from './dockerfile'
import { checkEachRun } from './run-rule'
import { commandsOf } from './shell'
import type { RuleHit } from './types'

// hadolint's DL3001 list. Its message names `ifconfig` too, but the rule does not check it.
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

/**
 * DL3059: a RUN right after another RUN with the same flags, when neither chains more than
 * two commands. Comments between them do not break the sequence, but any other instruction does.
 */
export function checkConsecutiveRuns(parsed: ParsedDockerfile): RuleHit[] {
  const hits: RuleHit[] = []

  for (const stage of parsed.stages) {
    // A FROM is an instruction too, so each stage starts a new sequence.
    let previous: { flags: string; commands: number } | undefined

    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN' || instruction.onbuild) {
        previous = undefined
        continue
      }

      const current = { flags: flagsKey(instruction), commands: commandsOf(instruction).length }
      const mergeable = previous !== undefined && previous.flags === current.flags && previous.commands <= 2 && current.commands <= 2

      // As in hadolint, a reported RUN does not replace the one it is compared with.
      if (mergeable) hits.push({ code: 'DL3059', line: instruction.line })
      else previous = current
    }
  }

  return hits
}

function flagsKey(instruction: DockerInstruction): string {
  return instruction.flags.map((flag) => `${flag.name}=${flag.value ?? ''}`).join(' ')
}
