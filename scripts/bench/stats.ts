import fs from 'node:fs'
import path from 'node:path'

export function median(values: number[]): number {
  return percentile(values, 50)
}

/** Returns the nearest-rank percentile `p` (0–100) of `values`. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

/** Formats bytes as kB (1 kB = 1000 bytes), the unit of the budgets. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

export function exportSize(root: string): { files: number; totalBytes: number; pagefindBytes: number } {
  let files = 0
  let totalBytes = 0
  let pagefindBytes = 0

  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const size = fs.statSync(file).size
    files += 1
    totalBytes += size
    if (path.relative(root, file).startsWith('pagefind')) pagefindBytes += size
  }

  return { files, totalBytes, pagefindBytes }
}
