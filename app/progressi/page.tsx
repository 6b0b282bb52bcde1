import fs from 'node:fs'
import type { Metadata } from 'next'
import { ProgressDashboard, type LessonOverview } from '@/components/progress/ProgressDashboard'
import { extractToc, lessonExists, lessonFile, readLessonCards } from '@/lib/lessons/load'

export const metadata: Metadata = {
  title: 'I miei progressi',
  description: 'Sezioni lette, risultati delle verifiche ed esercizi svolti, salvati nel tuo browser.',
}

function readLessonOverviews(): LessonOverview[] {
  return readLessonCards().map((card) => ({
    slug: card.slug,
    title: card.title,
    sectionIds: lessonExists(card.slug) ? extractToc(fs.readFileSync(lessonFile(card.slug), 'utf8')).map((entry) => entry.id) : [],
  }))
}

export default function ProgressPage() {
  return (
    <>
      <h1>I miei progressi</h1>
      <ProgressDashboard lessons={readLessonOverviews()} />
    </>
  )
}
