import { findLessonEntry, LESSONS, type LessonEntry } from '@/lib/lessons/catalog'
import { loadLesson, type LoadedLesson } from '@/lib/lessons/load'

// Server-side data shared by the slide page and the presenter page.

export interface DeckPageData {
  entry: LessonEntry
  /** Null while the lesson's MDX file has not been written. */
  lesson: LoadedLesson | null
  /** "Lezione N di 6", shown above the title on the intro slide. */
  kicker: string
}

export function listDeckParams(): Array<{ slug: string }> {
  return LESSONS.map((lesson) => ({ slug: lesson.slug }))
}

/** Loads the lesson behind a deck. Returns null for an unknown slug. */
export async function loadDeckPage(slug: string): Promise<DeckPageData | null> {
  const entry = findLessonEntry(slug)
  if (!entry) return null

  const position = LESSONS.indexOf(entry) + 1
  const lesson = await loadLesson(slug)
  return { entry, lesson, kicker: `Lezione ${position} di ${LESSONS.length}` }
}
