import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { bashPrintf, shellQuote } from './printf'

function stdout(...args: string[]): string {
  return bashPrintf(args, true)
    .chunks.filter((chunk) => chunk.stream === 'stdout')
    .map((chunk) => chunk.text)
    .join('')
}

describe('bash printf formatting', () => {
  it('expands escapes in the format', () => {
    expect(stdout('FROM busybox\\nRUN exit 3\\n')).toBe('FROM busybox\nRUN exit 3\n')
    expect(stdout('a\\tb\\\\c\\101\\x41\\u00e8')).toBe('a\tb\\cAAè')
  })

  it('reuses the format for extra arguments', () => {
    expect(stdout('%s=%d\\n', 'a', '1', 'b', '2', 'c')).toBe('a=1\nb=2\nc=0\n')
    expect(stdout('fixed\\n', 'ignored', 'too')).toBe('fixed\n')
  })

  it('applies widths, flags and precisions', () => {
    expect(stdout('[%5s|%-5s|%.2s|%05d|%-4d|%+d|% d]', 'ab', 'cd', 'xyz', '42', '7', '3', '3')).toBe('[   ab|cd   |xy|00042|7   |+3| 3]')
    expect(stdout('%*d|%-*s|', '5', '42', '4', 'ab')).toBe('   42|ab  |')
  })

  it('converts integers to other bases', () => {
    expect(stdout('%x %X %o %#x %#o %u', '255', '255', '8', '255', '8', '-1')).toBe('ff FF 10 0xff 010 18446744073709551615')
  })

  it('reads hex, octal and character numbers', () => {
    expect(stdout('%d %d %d %d', '0x1f', '010', "'A", '-7')).toBe('31 8 65 -7')
  })

  it('formats floating point', () => {
    expect(stdout('%.2f %f %e %g %g %g', '3.14159', '2', '12345.678', '0.0001', '100000', '1e6')).toBe('3.14 2.000000 1.234568e+04 0.0001 100000 1e+06')
  })

  it('expands %b and stops at \\c', () => {
    expect(stdout('%b|', 'a\\tb\\0101')).toBe('a\tbA|')
    expect(stdout('%b|%s\\n', 'stop\\chere', 'never')).toBe('stop')
  })

  it('quotes with %q', () => {
    expect(stdout('%q %q %q %q', 'hello world', '', "it's", 'a\nb')).toBe("hello\\ world '' it\\'s $'a\\nb'")
    expect(shellQuote('/usr/bin:x=1')).toBe('/usr/bin:x=1')
  })
})

describe('bash printf errors', () => {
  it('reports bad numbers and keeps going', () => {
    const result = bashPrintf(['%d\\n', 'abc', '12abc', '5'], true)
    expect(result.chunks).toEqual([
      { stream: 'stderr', text: 'bash: printf: abc: invalid number\n' },
      { stream: 'stdout', text: '0\n' },
      { stream: 'stderr', text: 'bash: printf: 12abc: invalid number\n' },
      { stream: 'stdout', text: '12\n5\n' },
    ])
    expect(result.exitCode).toBe(1)
  })

  it('writes errors first into a pipe', () => {
    const result = bashPrintf(['%d\\n', '1', 'x'], false)
    expect(result.chunks).toEqual([
      { stream: 'stderr', text: 'bash: printf: x: invalid number\n' },
      { stream: 'stdout', text: '1\n0\n' },
    ])
  })

  it('rejects unknown and missing conversions', () => {
    expect(bashPrintf(['a%z'], true)).toEqual({ chunks: [{ stream: 'stderr', text: "bash: printf: `z': invalid format character\n" }, { stream: 'stdout', text: 'a' }], exitCode: 1 })
    expect(bashPrintf(['x%'], true).chunks[0]).toEqual({ stream: 'stderr', text: "bash: printf: `%': missing format character\n" })
  })

  it('prints usage without a format', () => {
    expect(bashPrintf([], true)).toEqual({ chunks: [{ stream: 'stderr', text: 'printf: usage: printf [-v var] format [arguments]\n' }], exitCode: 2 })
  })
})

describe('host shell printf', () => {
  it('feeds a Dockerfile to docker build', async () => {
    const engine = createTestEngine()
    const result = await run(engine, `printf 'FROM busybox\\nLABEL a=b\\n' | docker build -q -t viaprintf -`)
    expect(result.exitCode).toBe(0)
    expect((await run(engine, `docker image inspect --format '{{.Config.Labels}}' viaprintf`)).stdout).toBe('map[a:b]\n')
  })

  it('is a shell builtin', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'type printf')).stdout).toBe('printf is a shell builtin\n')
    expect((await run(engine, `printf '%s-%s\\n' a b c`)).stdout).toBe('a-b\nc-\n')
  })
})
