import { z } from '../../lib/zod'
import { LESSONS } from '../../lib/lessons/catalog'

// Question bank shapes. Question text and explanations are Italian because
// students read them. Ids, field names and validation messages are English.

const lessonSlugs = LESSONS.map((lesson) => lesson.slug) as [string, ...string[]]

const italianText = z.string().trim().min(3)

const questionBase = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case')
    .describe('Stable id, kept in saved attempts; never reuse one for a different question'),
  lesson: z.enum(lessonSlugs).describe('Slug of the lesson whose quiz draws this question'),
  section: z
    .string()
    .regex(/^[^#\s]+$/, 'section must be a heading id without "#"')
    .describe('github-slugger id of the lesson H2 that teaches the point'),
  deck: z.string().min(3).describe('Title of the deck slide the question comes from'),
  prompt: italianText.describe('Question shown to the student'),
}

export const choiceOptionSchema = z.object({
  id: z.string().regex(/^[a-z]$/, 'option id must be one lowercase letter'),
  text: italianText.describe('Option text; may contain `code` spans'),
  correct: z.boolean(),
  explanation: italianText.describe('Why this option is right or wrong, shown after answering'),
})

export const singleChoiceQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(choiceOptionSchema).min(3).max(5),
})

export const multipleChoiceQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(choiceOptionSchema).min(3).max(6),
})

export const trueFalseQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean().describe('Whether the statement in the prompt is true'),
  explanations: z.object({
    true: italianText.describe('Shown next to "Vero"'),
    false: italianText.describe('Shown next to "Falso"'),
  }),
})

export const orderLineSchema = z.object({
  text: z.string().min(1).describe('One line exactly as it appears in the file or terminal'),
  explanation: italianText.describe('Why the line sits at this position'),
})

export const orderQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('order'),
  language: z.enum(['dockerfile', 'bash', 'text']),
  lines: z.array(orderLineSchema).min(3).max(8).describe('Lines in the correct order'),
})

export const commandQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('command'),
  expected: z.string().min(3).describe('Reference command line; any equivalent form is accepted'),
  optionalFlags: z
    .array(z.string().regex(/^--[a-z][a-z0-9-]*$/))
    .default([])
    .describe('Long flag names the student may add without losing the point, e.g. --name'),
  explanation: italianText.describe('Shown after answering, whatever the result'),
})

export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  trueFalseQuestionSchema,
  orderQuestionSchema,
  commandQuestionSchema,
])

export type ChoiceOption = z.infer<typeof choiceOptionSchema>
export type SingleChoiceQuestion = z.infer<typeof singleChoiceQuestionSchema>
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceQuestionSchema>
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>
export type OrderQuestion = z.infer<typeof orderQuestionSchema>
export type CommandQuestion = z.infer<typeof commandQuestionSchema>
export type Question = z.infer<typeof questionSchema>
/** Authoring shape: fields with defaults may be left out. */
export type QuestionInput = z.input<typeof questionSchema>
export type QuestionType = Question['type']

/** Student's answer to one question, by question type. */
export type Answer =
  | { type: 'single'; optionId: string | null }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'true-false'; value: boolean | null }
  | { type: 'order'; order: number[] }
  | { type: 'command'; line: string }
