'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { useLabEngine } from '@/components/lab/lab-engine'
import { withoutLastCommand, type LabRecord } from '@/exercises/runtime/log'
import { RecordingEngine } from '@/exercises/runtime/recorder'
import { replay } from '@/exercises/runtime/replay'
import { checkGoals, type Exercise, type GoalResult } from '@/exercises/schema'
import { useLabBus } from '@/lib/lab-bus'
import { progressStore } from '@/lib/progress/client'

export type SessionStatus = 'idle' | 'preparing' | 'active' | 'failed'

export interface ExerciseSession {
  status: SessionStatus
  /** Goal results on the lab's current state; empty until the exercise starts. */
  goals: GoalResult[]
  /** Commands the student ran since the start or the last reset, oldest first. */
  commands: string[]
  complete: boolean
  start(): Promise<void>
  undo(): Promise<string | undefined>
  reset(): Promise<void>
}

/**
 * Runs one exercise in the page's lab: prepares a fresh engine with the
 * setup, records what the student does, re-checks the goals after every
 * command and clock step, and rebuilds the engine for undo and reset.
 */
export function useExerciseSession(exercise: Exercise): ExerciseSession {
  const [engine, setEngine] = useState<RecordingEngine | null>(null)
  const [preparing, setPreparing] = useState(false)
  const [failed, setFailed] = useState(false)
  const [goals, setGoals] = useState<GoalResult[]>([])
  const [commands, setCommands] = useState<string[]>([])
  const provided = useLabEngine((state) => state.provided)
  const active = engine !== null && provided === engine
  const recordedDone = useRef(false)

  const prepare = useCallback(
    async (log: LabRecord[], until?: number) => {
      setPreparing(true)
      try {
        const { createEngine } = await import('@/engine')
        const inner = await replay({ createEngine, setup: exercise.setup, log, until })
        const next = new RecordingEngine(inner, log)

        setEngine((previous) => {
          previous?.detach()
          return next
        })
        useLabBus.getState().activate()
        useLabEngine.getState().provide(next)
        setFailed(false)
      } catch (error) {
        console.error(`Preparing exercise ${exercise.id} failed`, error)
        setFailed(true)
      } finally {
        setPreparing(false)
      }
    },
    [exercise],
  )

  useGoalTracking(exercise, active ? engine : null, setGoals, setCommands)
  const complete = active && goals.length > 0 && goals.every((goal) => goal.ok)

  useEffect(() => {
    if (!complete || recordedDone.current) return
    recordedDone.current = true
    progressStore.getState().updateExercise(exercise.id, { kind: 'done' })
  }, [complete, exercise.id])

  // Leaving the page gives the lab back its own engine.
  useEffect(
    () => () => {
      if (engine && useLabEngine.getState().provided === engine) useLabEngine.getState().release()
    },
    [engine],
  )

  const undo = useCallback(async () => {
    if (!engine) return undefined
    const cut = withoutLastCommand(engine.log)
    if (!cut) return undefined

    await prepare(cut.log, cut.undone.startedAt)
    return cut.undone.line
  }, [engine, prepare])

  return {
    status: sessionStatus(failed, preparing, active),
    goals: active ? goals : [],
    commands: active ? commands : [],
    complete,
    start: () => prepare([]),
    undo,
    reset: () => prepare([]),
  }
}

/** Re-checks the goals on every state change of `engine` and records each command the student runs. */
function useGoalTracking(
  exercise: Exercise,
  engine: RecordingEngine | null,
  setGoals: (goals: GoalResult[]) => void,
  setCommands: (commands: string[]) => void,
): void {
  useEffect(() => {
    if (!engine) return

    const refresh = () => {
      setGoals(checkGoals(exercise, engine.snapshot()))
      setCommands(commandLines(engine.log))
    }

    refresh()
    const stopChanges = engine.onChange(refresh)
    const stopCommands = engine.onCommand((record) => {
      progressStore.getState().updateExercise(exercise.id, { kind: 'command', command: record.line })
      refresh()
    })

    return () => {
      stopChanges()
      stopCommands()
    }
  }, [exercise, engine, setGoals, setCommands])
}

function sessionStatus(failed: boolean, preparing: boolean, active: boolean): SessionStatus {
  if (failed) return 'failed'
  if (preparing) return 'preparing'
  return active ? 'active' : 'idle'
}

function commandLines(log: readonly LabRecord[]): string[] {
  return log.flatMap((record) => (record.kind === 'command' ? [record.line] : []))
}
