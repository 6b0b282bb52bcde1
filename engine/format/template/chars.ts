// Character classes and delimiter tests of Go's template lexer.

export const LEFT_DELIM = '{{'
export const RIGHT_DELIM = '}}'

export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\n'
}

export function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /^[\p{L}\p{Nd}_]$/u.test(char)
}

export function hasLeftTrimMarker(text: string): boolean {
  return text[0] === '-' && isSpace(text[1])
}

export function hasRightTrimMarker(text: string): boolean {
  return isSpace(text[0]) && text[1] === '-' && text.startsWith(RIGHT_DELIM, 2)
}

// Formats a character as Go's %#U verb does, e.g. U+0021 '!'.
export function formatRune(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${char}'`
}
