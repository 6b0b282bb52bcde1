import { describe, expect, it } from 'vitest'
import { clampSlideIndex, classifySwipe, formatSlideHash, parseSlideLocation } from './navigation'

describe('parseSlideLocation', () => {
  it('reads a 1-based hash', () => {
    expect(parseSlideLocation('#3', '', 10)).toBe(2)
  })

  it('reads the s-prefixed hash', () => {
    expect(parseSlideLocation('#s4', '', 10)).toBe(3)
  })

  it('reads the s query parameter', () => {
    expect(parseSlideLocation('', '?s=5', 10)).toBe(4)
  })

  it('prefers the hash over the query', () => {
    expect(parseSlideLocation('#2', '?s=5', 10)).toBe(1)
  })

  it('clamps numbers past the last slide', () => {
    expect(parseSlideLocation('#99', '', 10)).toBe(9)
  })

  it('clamps slide zero to the first slide', () => {
    expect(parseSlideLocation('#0', '', 10)).toBe(0)
  })

  it('returns null without a slide number', () => {
    expect(parseSlideLocation('', '', 10)).toBeNull()
    expect(parseSlideLocation('#perché-docker-ps', '', 10)).toBeNull()
    expect(parseSlideLocation('', '?s=tre', 10)).toBeNull()
  })

  it('round-trips with formatSlideHash', () => {
    for (const index of [0, 1, 7]) {
      expect(parseSlideLocation(formatSlideHash(index), '', 10)).toBe(index)
    }
  })
})

describe('clampSlideIndex', () => {
  it('keeps an index inside the deck', () => {
    expect(clampSlideIndex(-1, 5)).toBe(0)
    expect(clampSlideIndex(5, 5)).toBe(4)
    expect(clampSlideIndex(2, 5)).toBe(2)
  })

  it('treats an empty deck as one slide', () => {
    expect(clampSlideIndex(3, 0)).toBe(0)
  })

  it('maps NaN to the first slide', () => {
    expect(clampSlideIndex(Number.NaN, 5)).toBe(0)
  })
})

describe('classifySwipe', () => {
  it('maps a left swipe to next', () => {
    expect(classifySwipe(-120, 10)).toBe('next')
  })

  it('maps a right swipe to previous', () => {
    expect(classifySwipe(120, -10)).toBe('previous')
  })

  it('ignores short movements', () => {
    expect(classifySwipe(-30, 0)).toBeNull()
  })

  it('ignores mostly vertical movements', () => {
    expect(classifySwipe(-80, 100)).toBeNull()
  })
})
