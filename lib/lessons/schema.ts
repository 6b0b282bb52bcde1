import { z } from '../zod'

export const lessonFrontmatterSchema = z.object({
  title: z.string().min(3).describe('Lesson title shown on the home page and as the H1'),
  order: z.number().int().min(1).max(6).describe('Position in the deck, 1–6'),
  summary: z.string().min(10).max(200).describe('One line for the course home'),
  minutes: z.number().int().positive().max(240).describe('Estimated study time in minutes'),
})

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>

/**
 * Validates a lesson's frontmatter, throwing an error that names the file and
 * every invalid field so a bad value stops the build with a usable message.
 */
export function parseLessonFrontmatter(file: string, value: unknown): LessonFrontmatter {
  const result = lessonFrontmatterSchema.safeParse(value)
  if (result.success) return result.data

  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(frontmatter)'
    return `  - ${field}: ${issue.message}`
  })
  throw new Error(`Invalid frontmatter in ${file}:\n${problems.join('\n')}\nFix these fields (see docs/authoring.md).`)
}
