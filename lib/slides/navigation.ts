// Slide positions in the URL and in the deck. Internally a slide is a
// 0-based index, and the URL shows the 1-based number that the deck shows
// on screen ("slide 3" is `#3`).

/** Keeps `index` inside a deck of `count` slides. A deck always has one slide at least. */
export function clampSlideIndex(index: number, count: number): number {
  const last = Math.max(count, 1) - 1
  if (!Number.isFinite(index)) return 0
  return Math.min(Math.max(Math.trunc(index), 0), last)
}

/**
 * Parses the slide number in a URL hash (`#3`, `#s3`) or query (`?s=3`)
 * into a 0-based index. Returns null when the URL names no slide, so the
 * caller can keep its current position.
 */
export function parseSlideLocation(hash: string, search: string, count: number): number | null {
  const fromHash = /^#s?(\d+)$/.exec(hash.trim())?.[1]
  const fromQuery = new URLSearchParams(search).get('s')
  const text = fromHash ?? (fromQuery !== null && /^\d+$/.test(fromQuery) ? fromQuery : undefined)
  if (text === undefined) return null

  return clampSlideIndex(Number(text) - 1, count)
}

/** Formats a 0-based index as the URL hash that `parseSlideLocation` reads back. */
export function formatSlideHash(index: number): string {
  return `#${index + 1}`
}

export type SwipeDirection = 'next' | 'previous'

/** Minimum horizontal travel of a touch, in CSS pixels, that counts as a swipe. */
export const SWIPE_MIN_DISTANCE = 50

/**
 * Classifies a touch gesture by its travel. A mostly horizontal swipe to the
 * left moves to the next slide; vertical movement (scrolling) is not a swipe.
 */
export function classifySwipe(dx: number, dy: number): SwipeDirection | null {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE) return null
  if (Math.abs(dx) < Math.abs(dy) * 1.5) return null

  return dx < 0 ? 'next' : 'previous'
}
