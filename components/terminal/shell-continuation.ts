// Decides, as bash does, whether an entered line completes a command or the
// shell must show the `> ` prompt and read another line.

interface LineEndState {
  /** Quote left open at the end of the text. */
  openQuote: "'" | '"' | null
  /** True when the text ends with a backslash that escapes the newline. */
  escapedNewline: boolean
}

function scanLineEnd(text: string): LineEndState {
  let openQuote: LineEndState['openQuote'] = null
  let index = 0

  while (index < text.length) {
    const char = text[index] as string

    if (openQuote === "'") {
      if (char === "'") openQuote = null
      index += 1
      continue
    }

    if (char === '\\') {
      if (index === text.length - 1) return { openQuote, escapedNewline: true }
      index += 2
      continue
    }

    if (openQuote === '"') {
      if (char === '"') openQuote = null
    } else if (char === "'" || char === '"') {
      openQuote = char
    } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1] as string))) {
      // A comment runs to the end of the line, so quotes inside it do not count.
      const newline = text.indexOf('\n', index)
      if (newline === -1) break
      index = newline
    }

    index += 1
  }

  return { openQuote, escapedNewline: false }
}

export interface ContinuationResult {
  /** True when `command` can be run; false when another line is needed. */
  complete: boolean
  /** The command so far, to pass back as `pending` with the next line. */
  command: string
}

/**
 * Appends an entered line to the command read so far. A trailing backslash
 * joins the next line directly (bash drops the backslash and the newline);
 * an open quote keeps the newline inside the quoted word.
 */
export function appendLine(pending: string | undefined, line: string): ContinuationResult {
  const text = pending === undefined ? line : pending + line
  const state = scanLineEnd(text)

  if (state.escapedNewline) return { complete: false, command: text.slice(0, -1) }
  if (state.openQuote !== null) return { complete: false, command: text + '\n' }
  return { complete: true, command: text }
}

/** Prompt bash shows while it reads the rest of a command (its default PS2). */
export const CONTINUATION_PROMPT = '> '
