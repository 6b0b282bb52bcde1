// Column alignment as Go's text/tabwriter does it with the settings of
// docker's table formatter: minwidth 10, tabwidth 1, padding 3, pad
// character ' ', flags 0.

const MIN_WIDTH = 10
const PADDING = 3

/**
 * Aligns rows of cells into a docker table. Every column is
 * max(10, longest cell + 3) characters wide, the last cell of a row is
 * not padded, and every row ends with `\n`. Widths count characters
 * (code points), so `…` is one.
 */
export function formatTable(rows: string[][]): string {
  return alignTabs(rows.map((cells) => cells.join('\t') + '\n').join(''))
}

/**
 * Aligns tab-terminated cells in `text` like a Go tabwriter flushed once.
 * A column is a run of consecutive lines that all have a cell there, so
 * lines with fewer tabs split the column, as in Go. Text after the last
 * tab of a line is written as is.
 */
export function alignTabs(text: string): string {
  if (text === '') return ''

  const lines = text.split('\n')
  const endsWithNewline = lines.at(-1) === ''
  if (endsWithNewline) lines.pop()

  const cellLines = lines.map((line) => line.split('\t'))
  const output: string[] = []
  formatBlock(cellLines, 0, cellLines.length, [], output)

  return output.join('\n') + (endsWithNewline ? '\n' : '')
}

// Go's tabwriter.format: finds each block of lines sharing the next column,
// computes that column's width and recurses for the columns to its right.
function formatBlock(lines: string[][], start: number, end: number, widths: number[], output: string[]): void {
  const column = widths.length
  let written = start

  let line = start
  while (line < end) {
    if (column >= cellCount(lines, line) - 1) {
      line++
      continue
    }

    writeLines(lines, written, line, widths, output)
    const blockStart = line
    let width = MIN_WIDTH
    for (; line < end && column < cellCount(lines, line) - 1; line++) {
      width = Math.max(width, textWidth(lines[line]?.[column] ?? '') + PADDING)
    }

    formatBlock(lines, blockStart, line, [...widths, width], output)
    written = line
  }

  writeLines(lines, written, end, widths, output)
}

function writeLines(lines: string[][], start: number, end: number, widths: number[], output: string[]): void {
  for (let index = start; index < end; index++) {
    const cells = lines[index] ?? []
    const padded = cells.map((cell, column) => {
      const width = widths[column]
      return width === undefined ? cell : cell + ' '.repeat(width - textWidth(cell))
    })
    output.push(padded.join(''))
  }
}

function cellCount(lines: string[][], index: number): number {
  return lines[index]?.length ?? 0
}

function textWidth(text: string): number {
  return [...text].length
}
