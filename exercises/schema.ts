import { z } from 'zod'
import type { EngineSnapshot } from '@/engine/api'

// Shape of an exercise. Each exercise is a module in exercises/<lesson>/<id>.ts.
// index.ts validates them all when it loads, so a malformed exercise fails the
// unit tests and `next build` with its id.

/** Result of one goal check. `missing` is the Italian sentence shown while the goal is not met. */
export interface GoalResult {
  ok: boolean
  missing?: string
}

export type GoalCheck = (state: EngineSnapshot) => GoalResult

const italianText = z.string().trim().min(1)

const goalSchema = z.object({
  description: italianText.describe('The goal as the student reads it, in Italian'),
  check: z.custom<GoalCheck>((value) => typeof value === 'function').describe('Reads the engine snapshot, never the typed commands'),
  /** True when the clock has to pass for the goal (health status), so the UI reminds the student to wait. */
  needsTime: z.boolean().optional(),
})

const hintSchema = z.object({
  text: italianText.describe('The hint, in Italian'),
  command: z.string().min(1).optional().describe('Exact command the hint gives; the tests run it after the setup'),
  exitCode: z.number().int().nonnegative().optional().describe('Exit code the command returns; 0 when absent'),
})

export const exerciseSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case').describe('Unique and stable: saved progress stores it'),
  lesson: z.string().min(1).describe('Slug of the lesson that shows the exercise'),
  section: z.string().min(1).describe('github-slugger id of the `##` heading the exercise practises'),
  title: italianText,
  instructions: italianText.describe('What to do, in Italian; inline `code` is allowed'),
  setup: z.array(z.string().min(1)).describe('Commands run, hidden, on a fresh engine before the student starts'),
  goals: z.array(goalSchema).min(1),
  hints: z.array(hintSchema).min(2).describe('Graded: first a nudge, last the exact command'),
  solution: z.array(z.string().min(1)).min(1).describe('Reference commands that reach every goal after the setup'),
})

export type ExerciseInput = z.input<typeof exerciseSchema>
export type Exercise = z.infer<typeof exerciseSchema>
export type Goal = Exercise['goals'][number]
export type Hint = Exercise['hints'][number]

/** Checks every goal of `exercise` on one snapshot, in order. */
export function checkGoals(exercise: Exercise, state: EngineSnapshot): GoalResult[] {
  return exercise.goals.map((goal) => goal.check(state))
}
