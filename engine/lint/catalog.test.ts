import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { extractToc } from '../../lib/lessons/load'
import { allRules } from './catalog'

describe('lint rule catalog', () => {
  it('links every rule to an existing lesson heading', () => {
    for (const rule of allRules().filter((candidate) => candidate.lessonHref !== undefined)) {
      const match = /^\/lezioni\/([a-z-]+)\/#(.+)$/.exec(rule.lessonHref ?? '')
      expect(match, rule.code).not.toBeNull()

      const [, slug = '', anchor = ''] = match ?? []
      const ids = extractToc(fs.readFileSync(`content/lessons/${slug}.mdx`, 'utf8')).map((entry) => entry.id)
      expect(ids, `${rule.code} → ${rule.lessonHref}`).toContain(anchor)
    }
  })

  it('has unique codes', () => {
    const codes = allRules().map((rule) => rule.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('gives every rule an Italian explanation', () => {
    for (const rule of allRules()) {
      expect(rule.explanation.length, rule.code).toBeGreaterThan(40)
    }
  })
})
