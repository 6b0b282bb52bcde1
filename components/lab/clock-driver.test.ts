import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClockDriver, MAX_STEP_MS, SLICE_BUDGET_MS, formatClockTime, type VirtualClock } from './clock-driver'

const START = Date.parse('2025-11-27T10:00:00Z')

function createClock(): VirtualClock & { advances: number[] } {
  let now = START
  const advances: number[] = []
  return {
    advances,
    now: () => now,
    advance: (ms) => {
      advances.push(ms)
      now += ms
    },
  }
}

function createDriver(clock: VirtualClock) {
  return new ClockDriver(clock, { tickMs: 100, realNow: () => Date.now() })
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('ClockDriver', () => {
  it('follows real time at speed 1', () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()

    vi.advanceTimersByTime(1000)

    expect(clock.now() - START).toBe(1000)
    driver.stop()
  })

  it('multiplies real time by the speed', () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()
    driver.setSpeed(60)

    vi.advanceTimersByTime(1000)

    expect(clock.now() - START).toBe(60_000)
    expect(driver.getSnapshot().speed).toBe(60)
    driver.stop()
  })

  it('stops time while paused', () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()
    vi.advanceTimersByTime(500)

    driver.pause()
    vi.advanceTimersByTime(5000)
    expect(clock.now() - START).toBe(500)

    driver.resume()
    vi.advanceTimersByTime(500)
    expect(clock.now() - START).toBe(1000)
    driver.stop()
  })

  it('advances 30 s at once', () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()

    driver.advanceBy(30_000)

    expect(clock.advances).toEqual([5_000, 5_000, 5_000, 5_000, 5_000, 5_000])
    expect(driver.getSnapshot().now - START).toBe(30_000)
  })

  it('splits a large step into bounded advances', () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()
    driver.setSpeed(60)

    // A background tab can skip timer ticks, and the next tick catches up at once.
    vi.setSystemTime(Date.now() + 60_000)
    vi.advanceTimersByTime(100)

    expect(clock.advances).toHaveLength(Math.ceil(3_606_000 / MAX_STEP_MS))
    expect(Math.max(...clock.advances)).toBe(MAX_STEP_MS)
    expect(clock.now() - START).toBe(3_606_000)
    driver.stop()
  })

  it('yields to a new task after its time budget', () => {
    let realTime = 0
    const clock = createClock()
    // Each engine step costs 8 ms of real time.
    const slowClock: VirtualClock = {
      now: clock.now,
      advance: (ms) => {
        clock.advance(ms)
        realTime += 8
      },
    }
    const driver = new ClockDriver(slowClock, { tickMs: 100, realNow: () => realTime })
    driver.pause()

    driver.advanceBy(30_000)
    expect(clock.now() - START).toBe(Math.ceil(SLICE_BUDGET_MS / 8) * MAX_STEP_MS)
    expect(driver.getSnapshot().now - START).toBe(Math.ceil(SLICE_BUDGET_MS / 8) * MAX_STEP_MS)

    vi.advanceTimersByTime(0)
    expect(clock.now() - START).toBe(30_000)
  })

  it('notifies subscribers on each step', () => {
    const clock = createClock()
    const driver = createDriver(clock)
    const listener = vi.fn()
    driver.subscribe(listener)
    driver.start()

    vi.advanceTimersByTime(300)

    expect(listener).toHaveBeenCalledTimes(3)
    driver.stop()
  })
})

describe('ClockDriver.sleep', () => {
  it('resolves true when virtual time is reached', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()
    const done = vi.fn()
    void driver.sleep(2000).then(done)

    await vi.advanceTimersByTimeAsync(1900)
    expect(done).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(done).toHaveBeenCalledWith(true)
    driver.stop()
  })

  it('wakes at the exact deadline', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()
    let wokeAt = 0
    void driver.sleep(5000).then(() => {
      wokeAt = clock.now()
    })

    driver.advanceBy(30_000)
    await vi.advanceTimersByTimeAsync(0)

    expect(wokeAt - START).toBe(5000)
    expect(clock.now() - START).toBe(30_000)
  })

  it('waits while paused', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()
    driver.pause()
    const done = vi.fn()
    void driver.sleep(1000).then(done)

    await vi.advanceTimersByTimeAsync(10_000)

    expect(done).not.toHaveBeenCalled()
    driver.stop()
  })

  it('resolves false on interrupt', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    const result = driver.sleep(1000)

    driver.interrupt()

    await expect(result).resolves.toBe(false)
  })

  it('resolves at once for zero', async () => {
    const driver = createDriver(createClock())

    await expect(driver.sleep(0)).resolves.toBe(true)
  })

  it('lets a woken command sleep again', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()
    const wakeTimes: number[] = []
    const run = async () => {
      await driver.sleep(1000)
      wakeTimes.push(clock.now() - START)
      await driver.sleep(1000)
      wakeTimes.push(clock.now() - START)
    }
    const finished = run()

    driver.advanceBy(30_000)
    await vi.runAllTimersAsync()
    await finished

    expect(wakeTimes).toEqual([1000, 2000])
    expect(clock.now() - START).toBe(30_000)
  })
})

describe('formatClockTime', () => {
  it('prints UTC hours, minutes and seconds', () => {
    expect(formatClockTime(START + 3_723_000)).toBe('11:02:03')
  })
})

describe('ClockDriver.createCommandSleep', () => {
  it('waits for the clock while running', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.start()
    const done = vi.fn()
    void driver.createCommandSleep()(900).then(done)

    await vi.advanceTimersByTimeAsync(800)
    expect(done).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(done).toHaveBeenCalledWith(true)
    driver.stop()
  })

  it('passes a short wait while paused', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()

    await expect(driver.createCommandSleep()(900)).resolves.toBe(true)
    expect(clock.now() - START).toBe(900)
  })

  it('keeps a long wait while paused', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()
    const done = vi.fn()
    void driver.createCommandSleep()(30_000).then(done)

    await vi.advanceTimersByTimeAsync(60_000)

    expect(done).not.toHaveBeenCalled()
    expect(clock.now()).toBe(START)
  })

  it('limits short waits per command', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()
    const sleep = driver.createCommandSleep()
    for (let step = 0; step < 8; step += 1) await sleep(250)
    const done = vi.fn()

    void sleep(250).then(done)
    await vi.advanceTimersByTimeAsync(10_000)

    expect(clock.now() - START).toBe(2000)
    expect(done).not.toHaveBeenCalled()
  })

  it('gives each command its own budget', async () => {
    const clock = createClock()
    const driver = createDriver(clock)
    driver.pause()
    const first = driver.createCommandSleep()
    for (let step = 0; step < 8; step += 1) await first(250)

    await expect(driver.createCommandSleep()(900)).resolves.toBe(true)
    expect(clock.now() - START).toBe(2900)
  })
})
