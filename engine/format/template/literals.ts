// Number and string literals of Go templates, decoded as Go's strconv does.

/**
 * Returns the value of a Go number literal (`3`, `-1.5`, `0x1F`, `1_000`,
 * `1e3`) or character constant (`'a'`), or undefined when it is invalid.
 * NOTE: imaginary literals (`1i`) are rejected although Go accepts them.
 */
export function parseNumberLiteral(text: string, isCharConstant: boolean): number | undefined {
  if (isCharConstant) {
    const value = unquoteGoString(`"${text.slice(1, -1).replace(/"/g, '\\"')}"`)
    return value === undefined || [...value].length !== 1 ? undefined : value.codePointAt(0)
  }
  if (text.endsWith('i') || /^[+-]?_|_$|__/.test(text)) return undefined

  const digits = text.replace(/_/g, '')
  const sign = digits.startsWith('-') ? -1 : 1
  const unsigned = digits.replace(/^[+-]/, '')
  if (/^0[xX][0-9a-fA-F]+$/.test(unsigned)) return sign * parseInt(unsigned.slice(2), 16)
  if (/^0[bB][01]+$/.test(unsigned)) return sign * parseInt(unsigned.slice(2), 2)
  if (/^0[oO]?[0-7]+$/.test(unsigned)) return sign * parseInt(unsigned.replace(/^0[oO]?/, ''), 8)
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(unsigned)) return undefined
  return sign * Number(unsigned)
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'",
}

/** Decodes a Go interpreted ("…") or raw (`…`) string literal, or returns undefined when it is invalid. */
export function unquoteGoString(quoted: string): string | undefined {
  if (quoted.startsWith('`')) return quoted.slice(1, -1).replace(/\r/g, '')

  let result = ''
  const body = quoted.slice(1, -1)
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!
    if (char !== '\\') {
      result += char
      continue
    }

    const escape = body[index + 1] ?? ''
    const simple = SIMPLE_ESCAPES[escape]
    if (simple !== undefined) {
      result += simple
      index++
      continue
    }
    const decoded = decodeNumericEscape(body, index)
    if (decoded === undefined) return undefined
    result += decoded.text
    index += decoded.length - 1
  }
  return result
}

// Decodes \xHH, \uHHHH, \UHHHHHHHH and \NNN (octal) at `index`.
function decodeNumericEscape(body: string, index: number): { text: string; length: number } | undefined {
  const patterns: [RegExp, number][] = [
    [/^\\x([0-9a-fA-F]{2})/, 16],
    [/^\\u([0-9a-fA-F]{4})/, 16],
    [/^\\U([0-9a-fA-F]{8})/, 16],
    [/^\\([0-7]{3})/, 8],
  ]
  for (const [pattern, radix] of patterns) {
    const match = pattern.exec(body.slice(index))
    if (match === null) continue
    const code = parseInt(match[1] ?? '', radix)
    if (code > 0x10ffff) return undefined
    return { text: String.fromCodePoint(code), length: match[0].length }
  }
  return undefined
}
