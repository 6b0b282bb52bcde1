// Virtual clock with an event queue. Events run in time order and, at equal
// times, in the order they were scheduled, so a replay with the same input
// always produces the same output.

export type EventAction = () => void

interface ScheduledEvent {
  at: number
  sequence: number
  action: EventAction
  cancelled: boolean
}

export interface EventHandle {
  cancel(): void
}

export class Scheduler {
  private current: number
  private sequence = 0
  private heap: ScheduledEvent[] = []

  constructor(startMs: number) {
    this.current = startMs
  }

  now(): number {
    return this.current
  }

  /** Schedules `action` at absolute virtual time `at` (ms since the epoch). */
  at(at: number, action: EventAction): EventHandle {
    const event: ScheduledEvent = { at: Math.max(at, this.current), sequence: this.sequence++, action, cancelled: false }
    this.push(event)

    return { cancel: () => { event.cancelled = true } }
  }

  after(delayMs: number, action: EventAction): EventHandle {
    return this.at(this.current + delayMs, action)
  }

  /**
   * Moves the clock forward by `ms`, running every event due on the way.
   * Returns the number of events that ran. Events scheduled by a running
   * event for a time inside the window also run.
   */
  advance(ms: number): number {
    const target = this.current + Math.max(0, ms)
    let ran = 0

    for (;;) {
      const next = this.heap[0]
      if (next === undefined || next.at > target) break

      this.pop()
      if (next.cancelled) continue

      this.current = next.at
      next.action()
      ran++
    }

    this.current = target
    return ran
  }

  /** Time of the earliest pending event, or undefined when none is pending. */
  nextEventAt(): number | undefined {
    while (this.heap[0]?.cancelled) this.pop()
    return this.heap[0]?.at
  }

  pendingCount(): number {
    return this.heap.filter((event) => !event.cancelled).length
  }

  private before(a: ScheduledEvent, b: ScheduledEvent): boolean {
    return a.at < b.at || (a.at === b.at && a.sequence < b.sequence)
  }

  private push(event: ScheduledEvent): void {
    const heap = this.heap
    heap.push(event)
    let index = heap.length - 1

    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!this.before(heap[index]!, heap[parent]!)) break
      ;[heap[index], heap[parent]] = [heap[parent]!, heap[index]!]
      index = parent
    }
  }

  private pop(): void {
    const heap = this.heap
    const last = heap.pop()
    if (last === undefined || heap.length === 0) return

    heap[0] = last
    let index = 0

    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let smallest = index
      if (left < heap.length && this.before(heap[left]!, heap[smallest]!)) smallest = left
      if (right < heap.length && this.before(heap[right]!, heap[smallest]!)) smallest = right
      if (smallest === index) break
      ;[heap[index], heap[smallest]] = [heap[smallest]!, heap[index]!]
      index = smallest
    }
  }
}
