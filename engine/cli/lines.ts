// Splitting of runner input into the lines the shell executes.

/** Joins lines ending in a backslash with the next one, keeping the newline for the shell to remove. */
export function logicalLines(text: string): string[] {
  const lines: string[] = []
  let pending = ''

  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (line.endsWith('\\')) {
      pending += `${line}\n`
      continue
    }
    lines.push(pending + line)
    pending = ''
  }
  if (pending !== '') lines.push(pending.slice(0, -1))
  return lines
}
