// Instructions that change only the image configuration (ENV, LABEL, USER,
// EXPOSE, CMD, ENTRYPOINT, HEALTHCHECK, SHELL, VOLUME, STOPSIGNAL, ARG) and
// the `CREATED BY` text BuildKit records for them in the image history.

import { GoDurationError, parseGoDuration } from '../format/duration'
import type { HealthcheckConfig, ImageConfig } from '../images/types'
import { flagValue, type DockerInstruction } from '../lint/dockerfile'

export class DockerfileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

export const DEFAULT_SHELL = ['/bin/sh', '-c']

/** Go's `%q` of a string slice, as BuildKit prints CMD and ENTRYPOINT in history. */
export function goQuotedList(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(item)).join(' ')}]`
}

/** Returns the argv of CMD, ENTRYPOINT or RUN: the exec form as written, or the shell form behind the current SHELL. */
export function commandArgv(instruction: DockerInstruction, shell: readonly string[]): string[] {
  if (instruction.execArgs) return instruction.execArgs
  return [...shell, shellText(instruction)]
}

/** Returns the argument text without leading `--flag=value` options. */
export function shellText(instruction: DockerInstruction): string {
  let text = instruction.text.trim()
  while (/^--[a-z-]+(=\S*)?\s+/.test(text)) text = text.replace(/^--[a-z-]+(=\S*)?\s+/, '')
  return text
}

function durationNs(instruction: DockerInstruction, name: string): number | undefined {
  const value = flagValue(instruction, name)
  if (value === undefined || value === null) return undefined
  try {
    const ms = parseGoDuration(value)
    return ms === 0 ? undefined : Math.round(ms * 1_000_000)
  } catch (error) {
    if (error instanceof GoDurationError) throw new DockerfileError(`dockerfile parse error on line ${instruction.line}: ${error.message}`, instruction.line)
    throw error
  }
}

const HEALTHCHECK_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval', 'retries'])

export function parseHealthcheck(instruction: DockerInstruction): HealthcheckConfig {
  for (const flag of instruction.flags) {
    if (!HEALTHCHECK_FLAGS.has(flag.name)) throw new DockerfileError(`dockerfile parse error on line ${instruction.line}: unknown flag: ${flag.name}`, instruction.line)
  }

  const rest = shellText(instruction)
  if (/^NONE$/i.test(rest)) return { Test: ['NONE'] }
  if (!/^CMD\s/i.test(rest)) throw new DockerfileError(`dockerfile parse error on line ${instruction.line}: Unknown type "${rest.split(/\s/)[0] ?? ''}" in HEALTHCHECK (try CMD)`, instruction.line)

  const command = rest.replace(/^CMD\s+/i, '')
  let test: string[]
  try {
    const parsed: unknown = JSON.parse(command)
    test = Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? ['CMD', ...parsed] : ['CMD-SHELL', command]
  } catch {
    test = ['CMD-SHELL', command]
  }

  const config: HealthcheckConfig = { Test: test }
  const interval = durationNs(instruction, 'interval')
  const timeout = durationNs(instruction, 'timeout')
  const startPeriod = durationNs(instruction, 'start-period')
  const startInterval = durationNs(instruction, 'start-interval')
  if (interval !== undefined) config.Interval = interval
  if (timeout !== undefined) config.Timeout = timeout
  if (startPeriod !== undefined) config.StartPeriod = startPeriod
  if (startInterval !== undefined) config.StartInterval = startInterval

  const retries = flagValue(instruction, 'retries')
  if (retries !== undefined && retries !== null) {
    if (!/^\d+$/.test(retries)) throw new DockerfileError(`dockerfile parse error on line ${instruction.line}: strconv.ParseInt: parsing "${retries}": invalid syntax`, instruction.line)
    if (Number(retries) !== 0) config.Retries = Number(retries)
  }
  return config
}

function goDurationText(ns: number | undefined): string {
  if (ns === undefined) return '0s'
  const ms = ns / 1_000_000
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h0m0s`
  if (ms % 60_000 === 0) return `${ms / 60_000}m0s`
  return `${ms / 1000}s`
}

/** BuildKit records HEALTHCHECK as Go's `%v` of the config pointer. */
function healthcheckHistory(config: HealthcheckConfig): string {
  if (config.Test[0] === 'NONE') return 'HEALTHCHECK &{["NONE"] "0s" "0s" "0s" "0s" \'\\x00\'}'
  const retries = `'\\x${(config.Retries ?? 0).toString(16).padStart(2, '0')}'`
  return `HEALTHCHECK &{${goQuotedList(config.Test)} ${[config.Interval, config.Timeout, config.StartPeriod, config.StartInterval].map((value) => JSON.stringify(goDurationText(value))).join(' ')} ${retries}}`
}

function parsePort(text: string): string {
  return text.includes('/') ? text.toLowerCase() : `${text}/tcp`
}

/**
 * Applies a metadata instruction to `config` and returns its history text.
 * `expand` substitutes ENV and ARG variables; `shell` is the current SHELL.
 */
export function applyMetadata(config: ImageConfig, instruction: DockerInstruction, expand: (text: string) => string): string {
  const keyword = instruction.keyword
  const shell = config.Shell ?? DEFAULT_SHELL

  switch (keyword) {
    case 'ENV': {
      const pairs = instruction.properties.map((property) => [property.name, expand(property.value ?? '')] as const)
      for (const [name, value] of pairs) setEnv(config, name, value)
      return `ENV ${pairs.map(([name, value]) => `${name}=${value}`).join(' ')}`
    }
    case 'LABEL': {
      const labels = { ...(config.Labels ?? {}) }
      for (const property of instruction.properties) labels[property.name] = expand(property.value ?? '')
      config.Labels = labels
      return `LABEL ${instruction.properties.map((property) => `${property.name}=${expand(property.value ?? '')}`).join(' ')}`
    }
    case 'USER':
      config.User = expand(instruction.text.trim())
      return `USER ${config.User}`
    case 'EXPOSE': {
      const ports = { ...(config.ExposedPorts ?? {}) }
      for (const arg of instruction.args) ports[parsePort(expand(arg))] = {}
      config.ExposedPorts = ports
      return `EXPOSE map[${Object.keys(ports).map((port) => `${port}:{}`).join(' ')}]`
    }
    case 'CMD':
      config.Cmd = commandArgv(instruction, shell)
      return `CMD ${goQuotedList(config.Cmd)}`
    case 'ENTRYPOINT':
      config.Entrypoint = commandArgv(instruction, shell)
      // Setting ENTRYPOINT clears a CMD inherited from the base image.
      config.Cmd = null
      return `ENTRYPOINT ${goQuotedList(config.Entrypoint)}`
    case 'HEALTHCHECK':
      config.Healthcheck = parseHealthcheck(instruction)
      return healthcheckHistory(config.Healthcheck)
    case 'SHELL':
      if (!instruction.execArgs) throw new DockerfileError(`dockerfile parse error on line ${instruction.line}: SHELL requires the arguments to be in JSON form`, instruction.line)
      config.Shell = instruction.execArgs
      return `SHELL ${goQuotedList(instruction.execArgs)}`
    case 'VOLUME': {
      const paths = instruction.execArgs ?? instruction.args
      const volumes = { ...(config.Volumes ?? {}) }
      for (const path of paths) volumes[expand(path)] = {}
      config.Volumes = volumes
      return `VOLUME [${paths.map(expand).join(' ')}]`
    }
    case 'STOPSIGNAL':
      config.StopSignal = expand(instruction.text.trim())
      return `STOPSIGNAL ${config.StopSignal}`
    case 'MAINTAINER':
      return `MAINTAINER ${instruction.text.trim()}`
    default:
      return `${keyword} ${instruction.text.trim()}`
  }
}

export function setEnv(config: ImageConfig, name: string, value: string): void {
  const env = config.Env.filter((item) => item.split('=')[0] !== name)
  const index = config.Env.findIndex((item) => item.split('=')[0] === name)
  if (index >= 0) env.splice(index, 0, `${name}=${value}`)
  else env.push(`${name}=${value}`)
  config.Env = env
}

export function envValue(config: ImageConfig, name: string): string | undefined {
  const item = config.Env.find((entry) => entry.split('=')[0] === name)
  return item === undefined ? undefined : item.slice(item.indexOf('=') + 1)
}
