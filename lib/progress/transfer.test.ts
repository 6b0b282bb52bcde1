import { describe, expect, it } from 'vitest'
import { emptyProgress } from './schema'
import { buildExportFile, exportFileName, parseImportFile, uniteWithImport } from './transfer'

const NOW = Date.UTC(2026, 11, 4, 21, 0)

describe('progress export and import', () => {
  it('round-trips exported progress', () => {
    const data = { ...emptyProgress(), visited: { apptainer: { quayio: 5 } } }

    expect(parseImportFile(buildExportFile(data, NOW))).toEqual({ ok: true, data })
  })

  it('names the file with the date', () => {
    expect(exportFileName(NOW)).toBe('container-sicuri-progressi-2026-12-04.json')
  })

  it.each([
    ['text that is not JSON', 'ciao', 'Il file non è un JSON valido'],
    ['JSON of another kind', '{"name": "package"}', 'manca il campo «format»'],
    ['a newer format', JSON.stringify({ format: 'container-sicuri-progress', version: 9, exportedAt: '', progress: {} }), 'versione più recente'],
    ['broken progress', JSON.stringify({ format: 'container-sicuri-progress', version: 1, exportedAt: '', progress: { visited: 3 } }), 'non validi'],
  ])('rejects %s', (_case, text, message) => {
    const result = parseImportFile(text)

    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toContain(message)
  })

  it('unites import with current progress across generations', () => {
    const current = { ...emptyProgress('local', 100), visited: { apptainer: { quayio: 200 } } }
    const imported = { ...emptyProgress('other', 50), visited: { apptainer: { riepilogo: 10 } } }

    const united = uniteWithImport(current, imported)

    expect(united.generation).toBe('local')
    expect(united.visited).toEqual({ apptainer: { quayio: 200, riepilogo: 10 } })
  })
})
