// Seeded randomness for quiz draws, so a saved seed reproduces an attempt and
// tests can assert exact orders.

/** Returns a mulberry32 generator: uniform floats in [0, 1) from a 32-bit seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0

  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** Returns a shuffled copy of `items` (Fisher–Yates), leaving the input unchanged. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]

  for (let index = copy.length - 1; index > 0; index--) {
    const swapWith = Math.floor(random() * (index + 1))
    const current = copy[index] as T
    copy[index] = copy[swapWith] as T
    copy[swapWith] = current
  }

  return copy
}

/** Derives a seed for one question from the attempt seed and the question id. */
export function seedFor(attemptSeed: number, questionId: string): number {
  let hash = attemptSeed >>> 0

  for (let index = 0; index < questionId.length; index++) {
    hash = Math.imul(hash ^ questionId.charCodeAt(index), 0x01000193) >>> 0
  }

  return hash
}

/** Picks a fresh 32-bit seed for a new attempt. */
export function newAttemptSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0
}
