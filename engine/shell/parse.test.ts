import { describe, expect, it } from 'vitest'
import { expandWord, joinContinuations, openQuote, parseLine, ShellSyntaxError } from './parse'

describe('parseLine', () => {
  it('keeps a quoted health command as one word', () => {
    const [item] = parseLine(`docker run --health-cmd='curl --fail http://localhost:80 || exit 1' nginx`)
    expect(item!.pipeline.commands[0]!.words.map((word) => word.text)).toEqual(['docker', 'run', '--health-cmd=curl --fail http://localhost:80 || exit 1', 'nginx'])
  })

  it('splits lists and pipelines', () => {
    const items = parseLine('a | b && c || d ; e')
    expect(items.map((item) => item.connector)).toEqual([';', '&&', '||', ';'])
    expect(items[0]!.pipeline.commands).toHaveLength(2)
  })

  it('reads file-descriptor redirects', () => {
    const [item] = parseLine('ls /nope 2>/dev/null >> out.txt')
    const redirects = item!.pipeline.commands[0]!.redirects
    expect(redirects.map((redirect) => [redirect.fd, redirect.op, redirect.target.text])).toEqual([
      [2, '>', '/dev/null'],
      [1, '>>', 'out.txt'],
    ])
  })

  it('treats a separate digit as an argument', () => {
    const [item] = parseLine('echo 2 > file')
    expect(item!.pipeline.commands[0]!.words.map((word) => word.text)).toEqual(['echo', '2'])
  })

  it('rejects an unbalanced quote', () => {
    expect(() => parseLine("echo 'open")).toThrow(ShellSyntaxError)
    expect(openQuote('echo "a')).toBe('"')
    expect(openQuote("echo 'a' \"b\"")).toBeUndefined()
  })

  it('rejects a leading pipe', () => {
    expect(() => parseLine('| grep x')).toThrow("syntax error near unexpected token `|'")
  })

  it('rejects a trailing operator', () => {
    expect(() => parseLine('ls &&')).toThrow(ShellSyntaxError)
  })

  it('joins backslash-newline continuations', () => {
    expect(joinContinuations('docker run \\\n  --name x \\\n  nginx')).toBe('docker run   --name x   nginx')
  })

  it('expands variables when asked', () => {
    const [item] = parseLine('echo $HOME "${USER}x" \'$HOME\' ${MISSING:-fallback}')
    const lookup = (name: string): string | undefined => ({ HOME: '/home/studente', USER: 'studente' })[name]
    expect(item!.pipeline.commands[0]!.words.map((word) => expandWord(word.text, lookup))).toEqual(['echo', '/home/studente', 'studentex', '$HOME', 'fallback'])
  })

  it('marks unquoted patterns as globs', () => {
    const [item] = parseLine('ls *.html')
    expect(item!.pipeline.commands[0]!.words[1]).toEqual({ text: '*.html', glob: true })
  })
})
