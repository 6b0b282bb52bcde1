import { describe, expect, it } from 'vitest'
import type { ContainerSummary } from '../../engine/api'
import { describeContainerChanges } from './container-changes'

function container(overrides: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    id: 'a'.repeat(64),
    name: 'web',
    image: 'nginx:1.27',
    state: 'running',
    status: 'Up 3 seconds (health: starting)',
    health: { status: 'starting', failingStreak: 0 },
    ...overrides,
  }
}

describe('describeContainerChanges', () => {
  it('stays silent when only STATUS ticks', () => {
    const before = [container()]
    const after = [container({ status: 'Up 4 seconds (health: starting)' })]

    expect(describeContainerChanges(before, after)).toEqual([])
  })

  it('stays silent when only FailingStreak grows', () => {
    const before = [container({ health: { status: 'starting', failingStreak: 1 } })]
    const after = [container({ health: { status: 'starting', failingStreak: 2 } })]

    expect(describeContainerChanges(before, after)).toEqual([])
  })

  it('announces a new container', () => {
    expect(describeContainerChanges([], [container()])).toEqual(['Nuovo container web: running.'])
  })

  it('announces a health change', () => {
    const after = [container({ health: { status: 'unhealthy', failingStreak: 3 } })]

    expect(describeContainerChanges([container()], after)).toEqual(['Container web: health check unhealthy.'])
  })

  it('announces the starting health in Italian', () => {
    const before = [container({ health: undefined })]

    expect(describeContainerChanges(before, [container()])).toEqual(['Container web: health check in avvio.'])
  })

  it('announces a state change', () => {
    const after = [container({ state: 'exited', status: 'Exited (0) 1 second ago', health: undefined })]

    expect(describeContainerChanges([container()], after)).toEqual(['Container web: ora è exited.'])
  })

  it('announces a removal', () => {
    expect(describeContainerChanges([container()], [])).toEqual(['Container web rimosso.'])
  })

  it('tells containers apart by ID', () => {
    const renamed = container({ id: 'b'.repeat(64) })

    expect(describeContainerChanges([container()], [renamed])).toEqual([
      'Nuovo container web: running.',
      'Container web rimosso.',
    ])
  })
})
