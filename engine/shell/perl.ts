// The perl one-liners the lessons run: `perl -e 'print "…\n"'` and the memory
// hog `perl -e '$x = "a" x (256*1024*1024); print "done\n"'`, which builds a
// string of that many bytes. Debian images have /usr/bin/perl from the
// essential perl-base package, BusyBox and Alpine images have none.

import type { Program } from './types'

/** Returns the `-e` script of a perl command line, or undefined when there is none. */
function inlineScript(argv: string[]): string | undefined {
  const index = argv.indexOf('-e')
  return index < 0 ? undefined : argv[index + 1]
}

/** Evaluates a product of integers such as `256*1024*1024`, or returns undefined for anything else. */
function product(text: string): number | undefined {
  const factors = text.replace(/[()\s]/g, '').split('*')
  if (factors.some((factor) => !/^\d+$/.test(factor))) return undefined
  return factors.reduce((total, factor) => total * Number(factor), 1)
}

/**
 * Returns the bytes a perl command allocates with the repetition operator
 * (`"a" x (256*1024*1024)`), or undefined when it repeats no string.
 */
export function perlAllocationBytes(argv: string[]): number | undefined {
  if ((argv[0] ?? '').split('/').pop() !== 'perl') return undefined
  const script = inlineScript(argv)
  if (script === undefined) return undefined

  const match = /(["'])(.*?)\1\s*x\s*(\([\d\s*]+\)|\d+)/.exec(script)
  if (!match) return undefined
  const count = product(match[3]!)
  return count === undefined ? undefined : count * match[2]!.length
}

/** Unescapes the `\n` and `\t` of a double-quoted perl string. */
function unescape(text: string): string {
  return text.replace(/\\([nt\\"])/g, (_match, char: string) => ({ n: '\n', t: '\t' })[char as 'n' | 't'] ?? char)
}

/**
 * Runs `perl -e SCRIPT`, printing the string literals of its `print`
 * statements. An allocation beyond the container's memory limit never gets
 * here: the daemon runs it as a memory hog that the OOM killer stops.
 * NOTE: only `print` of quoted strings is simulated; other perl code does nothing.
 */
export const perl: Program = (ctx) => {
  const script = inlineScript(ctx.argv)
  if (script === undefined) return 0

  for (const match of script.matchAll(/print\s+(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/g)) {
    ctx.write(match[1] !== undefined ? unescape(match[1]) : match[2]!)
  }
  return 0
}
