// Multi-column layouts of `ls` on a terminal. Both GNU ls and BusyBox ls
// fill the columns top to bottom. Without a terminal they print one name per
// line, and callers handle that case before calling these.
// NOTE: this pads with spaces. GNU ls may align with tabs instead (its -T tab
// size), which looks the same on a terminal but differs byte for byte.

/** The minimum width GNU ls gives a column: one character and two spaces. */
const GNU_MIN_COLUMN_WIDTH = 3

/** Default terminal width of both ls programs when the terminal reports none. */
export const DEFAULT_TERMINAL_COLUMNS = 80

/**
 * Lays out names like GNU ls -C: the most columns whose line stays shorter
 * than `width`, each column as wide as its longest name plus two spaces.
 */
export function gnuColumns(names: string[], width = DEFAULT_TERMINAL_COLUMNS): string {
  if (names.length === 0) return ''

  const maxColumns = Math.min(names.length, Math.max(1, Math.floor(width / GNU_MIN_COLUMN_WIDTH)))
  let chosen = { rows: names.length, widths: [0] }

  for (let columns = maxColumns; columns > 1; columns--) {
    const rows = Math.ceil(names.length / columns)
    const widths = gnuColumnWidths(names, rows, columns)
    if (widths.reduce((sum, value) => sum + value, 0) < width) {
      chosen = { rows, widths }
      break
    }
  }

  return renderRows(names, chosen.rows, (column) => chosen.widths[column]!)
}

/**
 * Lays out names like BusyBox ls: every column as wide as the longest name
 * plus two spaces, and as many columns as fit in `width`.
 */
export function busyboxColumns(names: string[], width = DEFAULT_TERMINAL_COLUMNS): string {
  if (names.length === 0) return ''

  const columnWidth = Math.max(...names.map((name) => name.length)) + 2
  const columns = Math.max(1, Math.floor(width / columnWidth))
  const rows = Math.ceil(names.length / columns)
  return renderRows(names, rows, () => columnWidth)
}

/**
 * Width of each column when `rows` rows are filled top to bottom: the longest
 * name plus two spaces, without the spaces in the last column, and at least 3.
 */
function gnuColumnWidths(names: string[], rows: number, columns: number): number[] {
  const widths = new Array<number>(columns).fill(GNU_MIN_COLUMN_WIDTH)
  names.forEach((name, index) => {
    const column = Math.floor(index / rows)
    const length = name.length + (column === columns - 1 ? 0 : 2)
    widths[column] = Math.max(widths[column]!, length)
  })
  return widths
}

function renderRows(names: string[], rows: number, columnWidth: (column: number) => number): string {
  const lines: string[] = []

  for (let row = 0; row < rows; row++) {
    let line = ''
    for (let index = row, column = 0; index < names.length; index += rows, column++) {
      const isLast = index + rows >= names.length
      line += isLast ? names[index]! : names[index]!.padEnd(columnWidth(column))
    }
    lines.push(line)
  }

  return lines.join('\n') + '\n'
}
