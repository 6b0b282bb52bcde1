import { describe, expect, it } from 'vitest'
import { commonPrefix, formatInColumns } from './format-columns'

describe('formatInColumns', () => {
  it('fills columns top to bottom', () => {
    const words = ['attach', 'build', 'commit', 'cp', 'create']

    expect(formatInColumns(words, 24)).toBe('attach  commit  create\nbuild   cp\n')
  })

  it('uses one column when words are wide', () => {
    expect(formatInColumns(['alpha', 'beta'], 4)).toBe('alpha\nbeta\n')
  })

  it('returns nothing for no words', () => {
    expect(formatInColumns([], 80)).toBe('')
  })
})

describe('commonPrefix', () => {
  it('finds the shared start', () => {
    expect(commonPrefix(['image', 'images', 'import'])).toBe('im')
  })

  it('returns empty without a shared start', () => {
    expect(commonPrefix(['ps', 'run'])).toBe('')
  })
})
