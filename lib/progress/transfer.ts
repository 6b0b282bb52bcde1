import { PROGRESS_VERSION, readPersistedProgress } from './persisted'
import type { ProgressData } from './schema'

// Export to and import from a JSON file the student keeps.

// The store imports uniteWithImport from merge.ts, so this module's messages
// stay out of the JavaScript of pages that show no import button.
export { uniteWithImport } from './merge'

export const EXPORT_FORMAT = 'container-sicuri-progress'

interface ExportFile {
  format: typeof EXPORT_FORMAT
  version: number
  exportedAt: string
  progress: unknown
}

function isExportFile(value: unknown): value is ExportFile {
  if (typeof value !== 'object' || value === null) return false

  const file = value as Partial<Record<keyof ExportFile, unknown>>
  const version = file.version
  const validVersion = typeof version === 'number' && Number.isSafeInteger(version) && version > 0
  return file.format === EXPORT_FORMAT && validVersion && typeof file.exportedAt === 'string'
}

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

  if (!isExportFile(parsed)) {
    return { ok: false, message: 'Il file non contiene progressi di Container sicuri: manca il campo «format» o è diverso.' }
  }

  if (parsed.version > PROGRESS_VERSION) {
    return {
      ok: false,
      message: `Il file viene da una versione più recente del corso (formato ${parsed.version}); questa pagina legge fino al formato ${PROGRESS_VERSION}.`,
    }
  }

  const read = readPersistedProgress(JSON.stringify({ state: parsed.progress, version: parsed.version }))
  if (read.status !== 'ok') {
    return { ok: false, message: 'Il file contiene dati di progresso non validi o incompleti: non è stato importato nulla.' }
  }

  return { ok: true, data: read.data }
}
