// Every exercise, replayed headless on a fresh engine: the solution reaches
// all goals, the starting state does not, and every hint command runs.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import GithubSlugger from 'github-slugger'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine'
import type { SimulatedEngine } from '../engine/api'
import { exercises } from './index'
import { EXERCISE_ENGINE_OPTIONS, runHeadless } from './runtime/replay'
import { checkGoals, type Exercise } from './schema'

async function engineAfterSetup(exercise: Exercise): Promise<SimulatedEngine> {
  const engine = createEngine(EXERCISE_ENGINE_OPTIONS)
  for (const line of exercise.setup) {
    expect(await runHeadless(engine, line), `setup of ${exercise.id}: ${line}`).toBe(0)
  }
  return engine
}

function headingIds(lesson: string): string[] {
  const text = readFileSync(join(__dirname, `../content/lessons/${lesson}.mdx`), 'utf8')
  const slugger = new GithubSlugger()
  return text
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => slugger.slug(line.slice(3)))
}

describe.each(exercises.map((exercise) => [exercise.id, exercise] as const))('exercise %s', (_id, exercise) => {
  it('links a heading of its lesson', () => {
    expect(headingIds(exercise.lesson)).toContain(exercise.section)
  })

  it('starts with a goal still missing', async () => {
    const engine = await engineAfterSetup(exercise)
    const results = checkGoals(exercise, engine.snapshot())

    expect(results.some((result) => !result.ok)).toBe(true)
    for (const result of results.filter((item) => !item.ok)) expect(result.missing).toMatch(/\S/)
  })

  it('reaches every goal with its solution', async () => {
    const engine = await engineAfterSetup(exercise)
    for (const line of exercise.solution) {
      expect(await runHeadless(engine, line), `solution step ${line}`).toBe(0)
    }

    const results = checkGoals(exercise, engine.snapshot())
    expect(results.map((result) => result.missing ?? 'ok')).toEqual(results.map(() => 'ok'))
  })

  it('gives hint commands the simulator runs', async () => {
    const engine = await engineAfterSetup(exercise)
    for (const hint of exercise.hints.filter((item) => item.command !== undefined)) {
      expect(await runHeadless(engine, hint.command!), `hint ${hint.command}`).toBe(hint.exitCode ?? 0)
    }
  })

  it('ends its hints with an exact command', () => {
    expect(exercise.hints.at(-1)?.command).toBeDefined()
    expect(exercise.hints[0]?.command).toBeUndefined()
  })
})

describe('exercise list', () => {
  it('covers every lesson', () => {
    const lessons = new Set(exercises.map((exercise) => exercise.lesson))
    expect([...lessons].sort()).toEqual(['apptainer', 'best-practice-immagini', 'health-check', 'sicurezza-host', 'sicurezza-immagini', 'sicurezza-runtime'])
  })
})
