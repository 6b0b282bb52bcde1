import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LESSONS } from './catalog'
import { extractToc } from './load'
import { parseLessonFrontmatter } from './schema'

const VALID = { title: 'Health check', order: 5, summary: 'Una riga di riassunto.', minutes: 40 }

describe('parseLessonFrontmatter', () => {
  it('accepts a complete frontmatter', () => {
    expect(parseLessonFrontmatter('x.mdx', VALID)).toEqual(VALID)
  })

  it('names the file and the invalid field', () => {
    expect(() => parseLessonFrontmatter('content/lessons/x.mdx', { ...VALID, order: 'quinta' })).toThrow(
      /Invalid frontmatter in content\/lessons\/x\.mdx:\n {2}- order:/,
    )
  })

  it('names a missing field', () => {
    const { minutes: _minutes, ...withoutMinutes } = VALID
    expect(() => parseLessonFrontmatter('y.mdx', withoutMinutes)).toThrow(/- minutes:/)
  })
})

describe('extractToc', () => {
  it('lists H2 headings with rehype-slug ids', () => {
    const source = '# Titolo\n\n## Perché `docker ps` non basta\n\ntesto\n\n### Dettaglio\n\n## Stati: starting e healthy\n'
    expect(extractToc(source)).toEqual([
      { id: 'perché-docker-ps-non-basta', title: 'Perché docker ps non basta' },
      { id: 'stati-starting-e-healthy', title: 'Stati: starting e healthy' },
    ])
  })

  it('ignores headings inside code fences', () => {
    const source = '## Vero\n\n```bash\n## commento\n```\n'
    expect(extractToc(source).map((entry) => entry.title)).toEqual(['Vero'])
  })
})

describe('lesson catalog', () => {
  it('has the six deck sections in order', () => {
    expect(LESSONS.map((lesson) => lesson.slug)).toEqual([
      'sicurezza-host',
      'sicurezza-immagini',
      'best-practice-immagini',
      'sicurezza-runtime',
      'health-check',
      'apptainer',
    ])
  })

  it('matches each written lesson order to its position', () => {
    for (const [index, lesson] of LESSONS.entries()) {
      const file = `content/lessons/${lesson.slug}.mdx`
      if (!fs.existsSync(file)) continue

      const order = /^order:\s*(\d+)/m.exec(fs.readFileSync(file, 'utf8'))?.[1]
      expect(Number(order), file).toBe(index + 1)
    }
  })
})
