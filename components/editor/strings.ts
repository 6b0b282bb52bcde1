// Italian text of the Dockerfile editor.

import type { LintSeverity } from '@/engine/lint'

export const editorText = {
  regionLabel: (title: string) => `Editor: ${title}`,
  filesLabel: 'File del contesto di build',
  editorLabel: (file: string) => `Contenuto di ${file}`,
  build: 'Costruisci',
  buildHint: (command: string) => `Scrive i file nel laboratorio ed esegue: ${command}`,
  reset: 'Ripristina',
  sent: (directory: string) => `File scritti in ~/${directory}: la build parte nel terminale del laboratorio.`,
  lintTitle: 'Controlli del linter',
  lintLoading: 'Analisi del Dockerfile…',
  lintClean: 'Nessun problema trovato.',
  lintCount: (count: number) => (count === 1 ? '1 problema trovato' : `${count} problemi trovati`),
  lintLine: (line: number) => `Riga ${line}`,
  lessonLink: 'Rivedi la lezione',
  loading: 'Caricamento…',
} as const

export const SEVERITY_TEXT: Record<LintSeverity, string> = {
  error: 'errore',
  warning: 'avviso',
  info: 'informazione',
  style: 'stile',
}
