/**
 * Lays out completion candidates the way GNU Readline lists them: sorted
 * down the columns, each column as wide as the longest word plus two spaces.
 * Returns the rows joined with `\n`, with a final `\n`.
 */
export function formatInColumns(words: readonly string[], width: number): string {
  if (words.length === 0) return ''

  const columnWidth = Math.max(...words.map((word) => word.length)) + 2
  const columnCount = Math.max(1, Math.floor(width / columnWidth))
  const rowCount = Math.ceil(words.length / columnCount)
  const rows: string[] = []

  for (let row = 0; row < rowCount; row += 1) {
    const cells: string[] = []
    for (let index = row; index < words.length; index += rowCount) cells.push(words[index] as string)
    rows.push(cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(columnWidth) : cell)).join(''))
  }

  return rows.join('\n') + '\n'
}

/** Returns the longest prefix shared by every word. */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return ''

  let prefix = words[0] as string
  for (const word of words) {
    while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix
}
