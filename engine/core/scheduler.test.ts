import { describe, expect, it } from 'vitest'
import { Random } from './random'
import { Scheduler } from './scheduler'

describe('Scheduler', () => {
  it('runs due events in time order', () => {
    const scheduler = new Scheduler(1000)
    const order: string[] = []
    scheduler.at(1300, () => order.push('c'))
    scheduler.at(1100, () => order.push('a'))
    scheduler.at(1200, () => order.push('b'))

    expect(scheduler.advance(250)).toBe(2)
    expect(order).toEqual(['a', 'b'])
    expect(scheduler.now()).toBe(1250)
  })

  it('skips cancelled events in nextEventAt', () => {
    const scheduler = new Scheduler(0)
    expect(scheduler.nextEventAt()).toBeUndefined()

    const first = scheduler.at(20, () => {})
    scheduler.at(50, () => {})
    expect(scheduler.nextEventAt()).toBe(20)

    first.cancel()
    expect(scheduler.nextEventAt()).toBe(50)
  })

  it('keeps insertion order at equal times', () => {
    const scheduler = new Scheduler(0)
    const order: number[] = []
    for (let index = 0; index < 5; index++) scheduler.at(10, () => order.push(index))

    scheduler.advance(10)
    expect(order).toEqual([0, 1, 2, 3, 4])
  })

  it('sets the clock to each event time while it runs', () => {
    const scheduler = new Scheduler(0)
    const seen: number[] = []
    scheduler.at(40, () => seen.push(scheduler.now()))
    scheduler.advance(100)
    expect(seen).toEqual([40])
  })

  it('runs events scheduled inside the window', () => {
    const scheduler = new Scheduler(0)
    const seen: number[] = []
    const tick = (): void => {
      seen.push(scheduler.now())
      scheduler.after(30, tick)
    }
    scheduler.after(30, tick)

    scheduler.advance(100)
    expect(seen).toEqual([30, 60, 90])
    expect(scheduler.pendingCount()).toBe(1)
  })

  it('skips cancelled events', () => {
    const scheduler = new Scheduler(0)
    let ran = false
    scheduler.after(5, () => (ran = true)).cancel()
    scheduler.advance(10)
    expect(ran).toBe(false)
  })

  it('does not run an event exactly one ms late', () => {
    const scheduler = new Scheduler(0)
    let ran = false
    scheduler.at(101, () => (ran = true))
    scheduler.advance(100)
    expect(ran).toBe(false)
    scheduler.advance(1)
    expect(ran).toBe(true)
  })
})

describe('Random', () => {
  it('repeats the sequence for the same seed', () => {
    expect(new Random(7).hex(64)).toBe(new Random(7).hex(64))
    expect(new Random(7).hex(64)).not.toBe(new Random(8).hex(64))
  })

  it('produces lowercase hex of the requested length', () => {
    expect(new Random(1).hex(64)).toMatch(/^[0-9a-f]{64}$/)
  })
})
