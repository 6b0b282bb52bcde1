// Command substitution, `$(command)`, as bash performs it before it splits a
// line into words: the inner command runs, its standard output replaces the
// construct with trailing newlines removed. Inside double quotes the output
// stays one word; unquoted, it splits on whitespace into separate words.
// NOTE: backquotes (`command`) are not substituted.

/** Runs one command line and returns its standard output. */
export type CaptureRunner = (line: string) => Promise<string>

/** Returns `line` with every `$(…)` outside single quotes replaced by its command's output. */
export async function substituteCommands(line: string, capture: CaptureRunner): Promise<string> {
  if (!line.includes('$(')) return line

  let result = ''
  let quote: '"' | "'" | undefined
  let index = 0

  while (index < line.length) {
    const char = line[index]!

    if (char === '\\' && quote !== "'") {
      result += line.slice(index, index + 2)
      index += 2
      continue
    }
    if (char === "'" && quote !== '"') quote = quote === "'" ? undefined : "'"
    else if (char === '"' && quote !== "'") quote = quote === '"' ? undefined : '"'

    if (char === '$' && line[index + 1] === '(' && quote !== "'") {
      const end = closingParen(line, index + 2)
      if (end === undefined) return line

      const output = (await capture(line.slice(index + 2, end))).replace(/\n+$/, '')
      result += quote === '"' ? escapeInDoubleQuotes(output) : quoteFields(output)
      index = end + 1
      continue
    }

    result += char
    index += 1
  }
  return result
}

/** Returns the index of the `)` that closes a `$(` whose body starts at `start`, or undefined. */
function closingParen(line: string, start: number): number | undefined {
  let depth = 1
  let quote: '"' | "'" | undefined

  for (let index = start; index < line.length; index++) {
    const char = line[index]
    if (char === '\\' && quote !== "'") {
      index++
      continue
    }
    if (quote) {
      if (char === quote) quote = undefined
      continue
    }
    if (char === "'" || char === '"') quote = char
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return index
  }
  return undefined
}

function escapeInDoubleQuotes(text: string): string {
  return text.replace(/["\\$`]/g, (char) => `\\${char}`)
}

/** Single-quotes each whitespace-separated field, so the output splits into words and nothing in it is parsed again. */
function quoteFields(text: string): string {
  return text
    .split(/\s+/)
    .filter((field) => field !== '')
    .map((field) => `'${field.replace(/'/g, `'\\''`)}'`)
    .join(' ')
}

/** One command list entry of a line and the operator that joins it to the previous entry. */
export interface ListSegment {
  text: string
  connector: ';' | '&&' | '||'
}

/**
 * Splits a line at its top-level `;`, `&&` and `||`, outside quotes and `$(…)`,
 * so each entry's substitutions run only when the entry itself runs.
 */
export function splitList(line: string): ListSegment[] {
  const segments: ListSegment[] = []
  let connector: ListSegment['connector'] = ';'
  let start = 0
  let depth = 0
  let quote: '"' | "'" | undefined

  for (let index = 0; index < line.length; index++) {
    const char = line[index]!
    if (char === '\\' && quote !== "'") {
      index++
      continue
    }
    if (quote) {
      if (char === quote) quote = undefined
      continue
    }
    if (char === "'" || char === '"') quote = char
    else if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) {
      const operator = char === ';' ? ';' : line.startsWith('&&', index) ? '&&' : line.startsWith('||', index) ? '||' : undefined
      if (operator === undefined) continue

      segments.push({ text: line.slice(start, index), connector })
      connector = operator
      index += operator.length - 1
      start = index + 1
    }
  }

  segments.push({ text: line.slice(start), connector })
  return segments.filter((segment) => segment.text.trim() !== '')
}
