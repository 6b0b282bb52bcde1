// `python3 -m json.tool`: re-indents JSON with 4 spaces and escapes
// non-ASCII characters as \uXXXX, as Python's json module does by default.

export function pythonJsonTool(input: string): { output: string; error?: string } {
  let value: unknown
  try {
    value = JSON.parse(input)
  } catch {
    return { output: '', error: pythonJsonError(input) }
  }

  const text = JSON.stringify(value, null, 4)
    .replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return { output: `${text}\n` }
}

/** Python's message for the first position it cannot parse (approximated for common cases). */
function pythonJsonError(input: string): string {
  const trimmed = input.replace(/^\s+/, '')
  if (trimmed === '') return 'Expecting value: line 1 column 1 (char 0)'
  const offset = input.length - trimmed.length
  const line = input.slice(0, offset).split('\n').length
  const column = offset - input.lastIndexOf('\n', offset - 1)
  return `Expecting value: line ${line} column ${column} (char ${offset})`
}
