import Link from 'next/link'
import { LessonProgressBadge } from '@/components/progress/LessonProgressBadge'
import { SectionVisitTracker } from '@/components/progress/SectionVisitTracker'
import { LESSONS, type LessonEntry } from '@/lib/lessons/catalog'
import type { LoadedLesson } from '@/lib/lessons/load'
import styles from './lesson.module.css'

interface LessonLayoutProps {
  entry: LessonEntry
  /** Null while the lesson's MDX file has not been written. */
  lesson: LoadedLesson | null
}

export function LessonLayout({ entry, lesson }: LessonLayoutProps) {
  const index = LESSONS.findIndex((candidate) => candidate.slug === entry.slug)
  const previous = LESSONS[index - 1]
  const next = LESSONS[index + 1]

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <p className={styles.kicker}>Lezione {index + 1} di {LESSONS.length}</p>
        <h1>{lesson?.frontmatter.title ?? entry.title}</h1>
        <LessonProgressBadge slug={entry.slug} />
        {lesson ? (
          <p className={styles.meta}>
            Tempo di studio stimato: circa {lesson.frontmatter.minutes} minuti ·{' '}
            <Link href={`/lezioni/${entry.slug}/slide/`}>Presenta</Link>
          </p>
        ) : null}
      </header>

      {lesson && lesson.toc.length > 0 ? (
        <nav className={styles.toc} aria-labelledby="indice-titolo">
          <h2 id="indice-titolo" className={styles.tocTitle}>
            In questa lezione
          </h2>
          <ol>
            {lesson.toc.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`}>{item.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {lesson ? <SectionVisitTracker slug={entry.slug} /> : null}
      <article className={styles.article} data-pagefind-body>
        {lesson ? (
          <lesson.Content />
        ) : (
          <p className={styles.pending}>
            <strong>In preparazione.</strong> Questa lezione non è ancora disponibile: torna a trovarci presto.
          </p>
        )}
      </article>

      <nav className={styles.pager} aria-label="Lezione precedente e successiva">
        {previous ? (
          <Link href={`/lezioni/${previous.slug}/`} rel="prev">
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/lezioni/${next.slug}/`} rel="next">
            {next.title} →
          </Link>
        ) : null}
      </nav>
    </div>
  )
}
