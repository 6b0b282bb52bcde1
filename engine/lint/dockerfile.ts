// Turns dockerfile-ast's tree into the flat stage model the rules read.

import {
  DockerfileParser,
  From,
  Instruction,
  JSONInstruction,
  ModifiableInstruction,
  Onbuild,
  PropertyInstruction,
} from 'dockerfile-ast'

export interface InstructionFlag {
  name: string
  value: string | null
}

export interface DockerInstruction {
  /** Upper-case keyword (`RUN`, `COPY`); for an ONBUILD trigger, the trigger's keyword. */
  keyword: string
  /** 1-based line where the instruction starts. */
  line: number
  /** Whitespace-separated arguments, flags excluded. */
  args: string[]
  /** The argument text with line continuations joined, flags included. */
  text: string
  flags: InstructionFlag[]
  /** Arguments of the exec (JSON array) form, or undefined for the shell form. */
  execArgs: string[] | undefined
  /** Name and value pairs of ENV, ARG and LABEL; empty for other keywords. */
  properties: Array<{ name: string; value: string | null }>
  /** True for the instruction inside `ONBUILD`. */
  onbuild: boolean
}

export interface BuildStage {
  index: number
  /** Line of the FROM, or of the first instruction in a fragment without FROM. */
  line: number
  /** Undefined in a fragment without FROM. */
  from: BaseImage | undefined
  instructions: DockerInstruction[]
}

export interface BaseImage {
  /** The image reference as written (`python:3.9-slim`). */
  image: string
  name: string
  tag: string | undefined
  digest: string | undefined
  /** Stage name from `AS name`. */
  alias: string | undefined
}

export interface ParsedDockerfile {
  stages: BuildStage[]
  /** Instructions before the first FROM (normally ARG). */
  preamble: DockerInstruction[]
  /** Comment lines, 1-based, with the text after `#`. */
  comments: Array<{ line: number; text: string }>
}

export function parseDockerfile(source: string): ParsedDockerfile {
  const parsed = DockerfileParser.parse(source)
  const result: ParsedDockerfile = { stages: [], preamble: [], comments: findComments(source) }

  for (const node of parsed.getInstructions()) {
    addInstruction(result, node)
  }

  return result
}

function addInstruction(result: ParsedDockerfile, node: Instruction): void {
  const line = node.getRange().start.line + 1

  if (node instanceof From) {
    result.stages.push({ index: result.stages.length, line, from: readBaseImage(node), instructions: [] })
    return
  }

  const instruction = toInstruction(node)
  const current = result.stages.at(-1)

  if (current !== undefined) {
    current.instructions.push(instruction)
  } else if (instruction.keyword === 'ARG' && result.stages.length === 0) {
    result.preamble.push(instruction)
  } else {
    // A fragment without FROM, as in the course slides. The rules treat
    // everything from here on as one stage.
    result.stages.push({ index: 0, line, from: undefined, instructions: [instruction] })
  }
}

function readBaseImage(node: From): BaseImage {
  return {
    image: node.getImage() ?? '',
    name: node.getImageName() ?? '',
    tag: node.getImageTag() ?? undefined,
    digest: node.getImageDigest() ?? undefined,
    alias: node.getBuildStage() ?? undefined,
  }
}

function toInstruction(node: Instruction): DockerInstruction {
  if (node instanceof Onbuild) {
    const trigger = node.getTriggerInstruction()
    if (trigger !== null) return { ...toInstruction(trigger), line: node.getRange().start.line + 1, onbuild: true }
  }

  const flags =
    node instanceof ModifiableInstruction
      ? node.getFlags().map((flag) => ({ name: flag.getName(), value: flag.getValue() }))
      : []

  return {
    keyword: node.getKeyword().toUpperCase(),
    line: node.getRange().start.line + 1,
    args: node.getArguments().map((argument) => argument.getValue()),
    text: node.getArgumentsContent() ?? '',
    flags,
    execArgs: readExecArgs(node),
    properties:
      node instanceof PropertyInstruction
        ? node.getProperties().map((property) => ({ name: property.getName(), value: property.getValue() }))
        : [],
    onbuild: false,
  }
}

function readExecArgs(node: Instruction): string[] | undefined {
  if (!(node instanceof JSONInstruction) || node.getOpeningBracket() === null) return undefined
  if (node.getClosingBracket() === null) return undefined

  return node.getJSONStrings().map((argument) => argument.getJSONValue())
}

function findComments(source: string): Array<{ line: number; text: string }> {
  const comments: Array<{ line: number; text: string }> = []

  source.split(/\r?\n/).forEach((text, index) => {
    const match = /^\s*#(.*)$/.exec(text)
    if (match) comments.push({ line: index + 1, text: match[1] ?? '' })
  })

  return comments
}

/** Returns the value of `--name`, or undefined when the flag is absent. */
export function flagValue(instruction: DockerInstruction, name: string): string | null | undefined {
  return instruction.flags.find((flag) => flag.name === name)?.value
}

/** Returns the stage's own instructions with the given keyword, ONBUILD triggers excluded. */
export function instructionsOf(stage: BuildStage, keyword: string): DockerInstruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword && !instruction.onbuild)
}

/** Returns the stage named by `FROM <alias>`, searching the stages before this one. */
export function parentStage(parsed: ParsedDockerfile, stage: BuildStage): BuildStage | undefined {
  const image = stage.from?.image
  if (image === undefined) return undefined

  return parsed.stages
    .slice(0, stage.index)
    .reverse()
    .find((candidate) => candidate.from?.alias !== undefined && candidate.from.alias.toLowerCase() === image.toLowerCase())
}
