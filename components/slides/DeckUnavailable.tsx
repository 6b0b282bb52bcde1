import Link from 'next/link'
import type { LessonEntry } from '@/lib/lessons/catalog'

/** Shown in place of slides while the lesson has not been written. */
export function DeckUnavailable({ entry }: { entry: LessonEntry }) {
  return (
    <div>
      <h1>{entry.title}</h1>
      <p>
        <strong>In preparazione.</strong> Le slide di questa lezione non sono ancora disponibili.
      </p>
      <p>
        <Link href={`/lezioni/${entry.slug}/`}>Torna alla lezione</Link>
      </p>
    </div>
  )
}
