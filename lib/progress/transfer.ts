import { z } from '../zod'
import { mergeProgress } from './merge'
import { PROGRESS_VERSION, readPersistedProgress } from './persisted'
import type { ProgressData } from './schema'

// Export to and import from a JSON file the student keeps.

export const EXPORT_FORMAT = 'container-sicuri-progress'

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  progress: z.unknown(),
})

export function buildExportFile(data: ProgressData, now: number): string {
  const file = { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), progress: data }
  return `${JSON.stringify(file, null, 2)}\n`
}

export function exportFileName(now: number): string {
  return `container-sicuri-progressi-${new Date(now).toISOString().slice(0, 10)}.json`
}

export type ImportResult = { ok: true; data: ProgressData } | { ok: false; message: string }

/** Parses an exported file. On failure `message` describes the problem to the student, in Italian. */
export function parseImportFile(text: string): ImportResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, message: 'Il file non è un JSON valido. Scegli il file scaricato con «Esporta i progressi».' }
  }

  const file = exportFileSchema.safeParse(parsed)
  if (!file.success) {
    return { ok: false, message: 'Il file non contiene progressi di Container sicuri: manca il campo «format» o è diverso.' }
  }

  if (file.data.version > PROGRESS_VERSION) {
    return {
      ok: false,
      message: `Il file viene da una versione più recente del corso (formato ${file.data.version}); questa pagina legge fino al formato ${PROGRESS_VERSION}.`,
    }
  }

  const read = readPersistedProgress(JSON.stringify({ state: file.data.progress, version: file.data.version }))
  if (read.status !== 'ok') {
    return { ok: false, message: 'Il file contiene dati di progresso non validi o incompleti: non è stato importato nulla.' }
  }

  return { ok: true, data: read.data }
}

/**
 * Unites imported progress with the current one, whatever their generations,
 * so an import keeps what this browser already saved. Only attempts beyond
 * MAX_ATTEMPTS_PER_LESSON per lesson are dropped, oldest first.
 */
export function uniteWithImport(current: ProgressData, imported: ProgressData): ProgressData {
  return mergeProgress(current, { ...imported, generation: current.generation, resetAt: current.resetAt })
}
