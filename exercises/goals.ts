// Building blocks for goal checks. Each returns a GoalCheck over the engine
// snapshot with an Italian sentence saying what is still missing.

import type { ContainerSnapshot, EngineSnapshot, HealthStatus, ImageSnapshot } from '@/engine/api'
import type { GoalCheck, GoalResult } from './schema'

export const pass: GoalResult = { ok: true }

export function fail(missing: string): GoalResult {
  return { ok: false, missing }
}

export function findContainer(state: EngineSnapshot, name: string): ContainerSnapshot | undefined {
  return state.containers.find((container) => container.name === name)
}

/** Finds an image by `repository:tag`; a missing tag means `latest`. */
export function findImage(state: EngineSnapshot, reference: string): ImageSnapshot | undefined {
  const [repository, tag = 'latest'] = reference.split(':')
  return state.images.find((image) => image.repository === repository && image.tag === tag)
}

/** Runs `check` on the container named `name`, or fails when it does not exist. */
export function withContainer(name: string, check: (container: ContainerSnapshot) => GoalResult): GoalCheck {
  return (state) => {
    const container = findContainer(state, name)
    return container ? check(container) : fail(`Non esiste ancora un container di nome \`${name}\`.`)
  }
}

export function containerRunning(name: string, image?: string): GoalCheck {
  return withContainer(name, (container) => {
    if (image !== undefined && imageName(container.image) !== image) return fail(`Il container \`${name}\` usa l'immagine \`${container.image}\` invece di \`${image}\`.`)
    if (container.state !== 'running') return fail(`Il container \`${name}\` esiste ma non è in esecuzione (stato \`${container.state}\`).`)
    return pass
  })
}

export function healthStatus(name: string, status: HealthStatus): GoalCheck {
  return withContainer(name, (container) => {
    if (!container.health) return fail(`Il container \`${name}\` non ha un health check.`)
    if (container.health.status !== status) return fail(`Lo stato di salute di \`${name}\` è \`${container.health.status}\`, non ancora \`${status}\`.`)
    return pass
  })
}

/** Checks that the container's health check runs `program` as one of its command words. */
export function healthcheckRuns(name: string, program: string): GoalCheck {
  return withContainer(name, (container) => {
    const test = container.healthcheck?.test ?? []
    if (test.length === 0 || test[0] === 'NONE') return fail(`Il container \`${name}\` non ha un health check.`)
    if (!commandWords(test).includes(program)) return fail(`L'health check di \`${name}\` non usa \`${program}\`.`)
    return pass
  })
}

/** Checks the container's health-check interval against `seconds`, counting an unset interval as Docker's 30 s default. */
export function healthInterval(name: string, seconds: number): GoalCheck {
  return withContainer(name, (container) => {
    const intervalMs = container.healthcheck?.intervalMs ?? 30_000
    if (intervalMs !== seconds * 1000) return fail(`L'health check di \`${name}\` parte ogni ${intervalMs / 1000} s invece che ogni ${seconds} s.`)
    return pass
  })
}

export function noContainer(name: string): GoalCheck {
  return (state) => (findContainer(state, name) ? fail(`Il container \`${name}\` esiste ancora.`) : pass)
}

/** Strips a `:latest` tag, so `nginx` and `nginx:latest` compare equal. */
export function imageName(reference: string): string {
  return reference.replace(/:latest$/, '')
}

/** Splits a health-check test (`CMD-SHELL` or `CMD`) into its words, dropping paths before a program name. */
function commandWords(test: string[]): string[] {
  const words = test[0] === 'CMD-SHELL' ? (test[1] ?? '').split(/\s+/) : test.slice(1)
  return words.map((word) => word.split('/').at(-1) ?? word)
}
