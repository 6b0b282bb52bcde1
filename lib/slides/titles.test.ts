import { describe, expect, it } from 'vitest'
import { deriveSlideTitles } from './titles'

describe('deriveSlideTitles', () => {
  it('names intro, sections and continued slides', () => {
    const titles = deriveSlideTitles(
      [
        { kind: 'intro', heading: null },
        { kind: 'section', heading: 'Il socket' },
        { kind: 'continued', heading: null },
        { kind: 'section', heading: 'auditd' },
      ],
      'Sicurezza host',
    )
    expect(titles).toEqual(['Sicurezza host', 'Il socket', 'Il socket (continua)', 'auditd'])
  })

  it('uses the lesson title for a continued intro', () => {
    expect(deriveSlideTitles([{ kind: 'intro', heading: null }, { kind: 'continued', heading: null }], 'T')).toEqual([
      'T',
      'T (continua)',
    ])
  })
})
