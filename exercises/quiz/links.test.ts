import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LESSONS } from '../../lib/lessons/catalog'
import { extractToc, lessonExists, lessonFile } from '../../lib/lessons/load'
import { questionsFor } from './index'

// Each question links back to `/lezioni/<slug>/#<section>`, so every section
// must be the id of an H2 in that lesson's MDX source.

describe('question section links', () => {
  for (const { slug } of LESSONS) {
    it.skipIf(!lessonExists(slug))(`point to H2 ids of ${slug}`, () => {
      const headingIds = new Set(extractToc(fs.readFileSync(lessonFile(slug), 'utf8')).map((entry) => entry.id))
      const broken = questionsFor(slug)
        .filter((question) => !headingIds.has(question.section))
        .map((question) => `${question.id} → #${question.section}`)

      expect(broken).toEqual([])
    })
  }
})

describe('Quiz placement in lessons', () => {
  for (const { slug } of LESSONS) {
    it.skipIf(!lessonExists(slug))(`${slug} quizzes its own questions`, () => {
      const source = fs.readFileSync(lessonFile(slug), 'utf8')
      const quizLessons = [...source.matchAll(/<Quiz\s+lezione="([^"]*)"/g)].map((match) => match[1])

      for (const lesson of quizLessons) expect(lesson).toBe(slug)
    })
  }
})
