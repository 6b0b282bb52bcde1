import { describe, expect, it } from 'vitest'
import { computeFitScale, computeStageScale, estimateNotesFontSize, STAGE_HEIGHT, STAGE_WIDTH } from './stage'

describe('computeStageScale', () => {
  it('fills a 16:9 box', () => {
    expect(computeStageScale(1920, 1080)).toBe(1.25)
  })

  it('letterboxes a wide box by height', () => {
    expect(computeStageScale(3000, STAGE_HEIGHT)).toBe(1)
  })

  it('pillarboxes a tall box by width', () => {
    expect(computeStageScale(STAGE_WIDTH / 2, 2000)).toBe(0.5)
  })

  it('returns zero for an empty box', () => {
    expect(computeStageScale(0, 500)).toBe(0)
  })
})

describe('computeFitScale', () => {
  it('keeps content that fits', () => {
    expect(computeFitScale(800, 864)).toBe(1)
  })

  it('shrinks content that overflows', () => {
    expect(computeFitScale(1728, 864)).toBe(0.5)
  })

  it('rounds down so nothing overflows', () => {
    const scale = computeFitScale(1000, 864)
    expect(scale).toBe(0.864)
    expect(computeFitScale(1001, 864) * 1001).toBeLessThanOrEqual(864)
  })
})

describe('estimateNotesFontSize', () => {
  it('keeps the full size for short notes', () => {
    expect(estimateNotesFontSize(500)).toBe(16)
  })

  it('halves the size for four times the text', () => {
    expect(estimateNotesFontSize(4 * 2270)).toBe(8)
  })

  it('never goes below 8px', () => {
    expect(estimateNotesFontSize(100_000)).toBe(8)
  })
})
