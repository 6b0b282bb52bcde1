import { describe, expect, it } from 'vitest'
import { isIgnored, parseDockerignore } from './dockerignore'
import { expandVariables } from './expand'
import { applyMode } from './programs-files'
import { sha256Hex } from './sha256'

describe('dockerignore', () => {
  const patterns = parseDockerignore('# comment\n.git\nnode_modules\n*.secret\n**/*.log\n!keep.secret\n/build/\n')

  it.each([
    ['.git/HEAD', true],
    ['node_modules/left-pad/index.js', true],
    ['db.secret', true],
    ['keep.secret', false],
    ['src/db.secret', false],
    ['a/b/c/debug.log', true],
    ['debug.log', true],
    ['build/out.js', true],
    ['src/index.js', false],
    ['Dockerfile', false],
  ])('%s ignored: %s', (path, expected) => {
    expect(isIgnored(patterns, path)).toBe(expected)
  })

  it('skips blank lines and comments', () => {
    expect(parseDockerignore('\n# only a comment\n   \n')).toEqual([])
  })
})

describe('expandVariables', () => {
  const lookup = (name: string): string | undefined => ({ APP_HOME: '/app', EMPTY: '' })[name]

  it.each([
    ['$APP_HOME/bin', '/app/bin'],
    ['${APP_HOME}/bin', '/app/bin'],
    ['${MISSING:-/opt}', '/opt'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${APP_HOME:+set}', 'set'],
    ['${MISSING:+set}', ''],
    ['\\$APP_HOME', '$APP_HOME'],
    ['cost $5', 'cost $5'],
  ])('%s -> %s', (text, expected) => {
    expect(expandVariables(text, lookup)).toBe(expected)
  })
})

describe('applyMode', () => {
  it.each([
    [0o644, '+x', false, 0o755],
    [0o755, '555', false, 0o555],
    [0o750, 'g=u', true, 0o770],
    [0o777, 'go-w', false, 0o755],
    [0o600, 'u+rwx,g+rx', false, 0o750],
    [0o644, 'a+X', false, 0o644],
    [0o644, 'a+X', true, 0o755],
  ])('%o with %s (dir %s) gives %o', (mode, spec, isDir, expected) => {
    expect(applyMode(mode, spec, isDir)).toBe(expected)
  })

  it('rejects an invalid mode', () => {
    expect(applyMode(0o644, 'z+q', false)).toBeUndefined()
  })
})

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })
})
