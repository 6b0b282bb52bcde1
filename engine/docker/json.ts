// JSON text as Go's encoding/json writes it for `docker inspect`: 4-space
// indent, no HTML escaping, \b and \f written as \u0008 and \u000c.

const GO_ESCAPES: Record<string, string> = { b: '\\u0008', f: '\\u000c' }

export function toGoJson(value: unknown, indent = ''): string {
  const text = indent === '' ? JSON.stringify(value) : JSON.stringify(value, null, indent)
  return text
    .replace(/\\(["\\/bfnrtu])/g, (escape, letter: string) => GO_ESCAPES[letter] ?? escape)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
