// .dockerignore matching with the rules of moby's patternmatcher: one
// pattern a line, `#` comments, `!` exceptions, `*`/`?`/`[…]` within one path
// segment, `**` across segments, and the last matching line wins. A pattern
// that matches a directory also excludes everything below it.

export interface IgnorePattern {
  /** Cleaned pattern without the leading `!` or `/`. */
  pattern: string
  exclusion: boolean
  regexp: RegExp
}

function cleanPath(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

function segmentToRegExp(pattern: string): string {
  let source = ''
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!
    if (char === '*' && pattern[index + 1] === '*') {
      index++
      const slashFollows = pattern[index + 1] === '/'
      if (slashFollows) index++
      source += slashFollows ? '(?:.*/)?' : '.*'
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const end = pattern.indexOf(']', index + 1)
      if (end < 0) {
        source += '\\['
        continue
      }
      const body = pattern.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')
      source += `[${body}]`
      index = end
    } else if (char === '\\' && index + 1 < pattern.length) {
      index++
      source += pattern[index]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    }
  }
  return source
}

/** Parses the text of a .dockerignore file. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = []

  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim()
    if (line === '' || line.startsWith('#')) continue

    const exclusion = line.startsWith('!')
    if (exclusion) line = line.slice(1).trim()
    const pattern = cleanPath(line)
    if (pattern === '') continue

    patterns.push({ pattern, exclusion, regexp: new RegExp(`^${segmentToRegExp(pattern)}$`) })
  }

  return patterns
}

/** Returns true when `path` (relative to the context root) or one of its parent directories matches. */
function matches(pattern: IgnorePattern, path: string): boolean {
  if (pattern.regexp.test(path)) return true

  const parts = path.split('/')
  for (let length = parts.length - 1; length > 0; length--) {
    if (pattern.regexp.test(parts.slice(0, length).join('/'))) return true
  }
  return false
}

/** Returns true when the patterns exclude `path` from the build context. */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  const clean = cleanPath(path)
  let ignored = false

  for (const pattern of patterns) {
    // Only a pattern that could change the current result needs matching.
    if (pattern.exclusion === ignored) {
      if (matches(pattern, clean)) ignored = !pattern.exclusion
    }
  }
  return ignored
}
