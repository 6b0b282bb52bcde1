import Link from 'next/link'
import { LessonProgressBadge } from '@/components/progress/LessonProgressBadge'
import { readLessonCards } from '@/lib/lessons/load'
import styles from './home.module.css'

export default function HomePage() {
  const lessons = readLessonCards()

  return (
    <>
      <h1>Container sicuri</h1>
      <p className={styles.lead}>
        Un corso interattivo su sicurezza e best practice dei container: leggi la lezione, prova i comandi in un
        terminale simulato e guarda il container passare da <code>starting</code> a <code>healthy</code> in pochi
        secondi.
      </p>

      <h2>Lezioni</h2>
      <ol className={styles.lessons}>
        {lessons.map((lesson) => (
          <li key={lesson.slug} className={styles.card}>
            <h3 className={styles.cardTitle}>
              <Link href={`/lezioni/${lesson.slug}/`}>{lesson.title}</Link>
            </h3>
            <LessonProgressBadge slug={lesson.slug} />
            <p>{lesson.summary}</p>
            <p className={styles.meta}>
              {lesson.written ? `Circa ${lesson.minutes} minuti` : 'In preparazione'}
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
