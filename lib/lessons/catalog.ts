// The six lessons in the deck's order. Titles and summaries here are shown
// for a lesson whose MDX file does not exist yet; a written lesson's own
// frontmatter takes precedence.

export interface LessonEntry {
  slug: string
  title: string
  summary: string
}

export const LESSONS: readonly LessonEntry[] = [
  {
    slug: 'sicurezza-host',
    title: 'Sicurezza del sistema operativo host',
    summary: 'Il socket Docker, chi può usarlo, come sorvegliarlo con auditd e proteggerlo con TLS.',
  },
  {
    slug: 'sicurezza-immagini',
    title: 'Sicurezza delle immagini Docker',
    summary: 'Immagini minime e ufficiali, build multi-stage, utente non root, .dockerignore.',
  },
  {
    slug: 'best-practice-immagini',
    title: 'Best practice per le immagini Docker',
    summary: 'Versioni fisse, HEALTHCHECK, cache dei layer, segreti, COPY e ADD, scansione continua.',
  },
  {
    slug: 'sicurezza-runtime',
    title: 'Sicurezza del runtime dei container',
    summary: 'Niente container privilegiati, limiti alle risorse, restart, filesystem in sola lettura.',
  },
  {
    slug: 'health-check',
    title: 'Health check nei container Docker',
    summary: 'Un container in esecuzione non è per forza sano: come Docker lo verifica e lo segnala.',
  },
  {
    slug: 'apptainer',
    title: 'Apptainer',
    summary: 'Container in un singolo file SIF per HPC: pull da Docker Hub, esecuzione, registry privati.',
  },
]

export function findLessonEntry(slug: string): LessonEntry | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug)
}
