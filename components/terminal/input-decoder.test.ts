import { describe, expect, it } from 'vitest'
import { decodeInput, type InputToken } from './input-decoder'

const command = (name: string): InputToken => ({ type: 'command', command: name } as InputToken)

describe('decodeInput', () => {
  it('keeps printable text together', () => {
    expect(decodeInput('docker ps')).toEqual([{ type: 'text', text: 'docker ps' }])
  })

  it.each([
    ['\x1b[D', 'backward-char'],
    ['\x1bOD', 'backward-char'],
    ['\x1b[C', 'forward-char'],
    ['\x1b[A', 'previous-history'],
    ['\x1bOB', 'next-history'],
    ['\x1b[H', 'beginning-of-line'],
    ['\x1b[1~', 'beginning-of-line'],
    ['\x1bOF', 'end-of-line'],
    ['\x1b[4~', 'end-of-line'],
    ['\x1b[3~', 'delete-char'],
    ['\x1b[1;5D', 'backward-word'],
    ['\x1b[1;5C', 'forward-word'],
    ['\x1bb', 'backward-word'],
    ['\x01', 'beginning-of-line'],
    ['\x05', 'end-of-line'],
    ['\x7f', 'backward-delete-char'],
    ['\x15', 'unix-line-discard'],
    ['\x0b', 'kill-line'],
    ['\x17', 'unix-word-rubout'],
    ['\x03', 'interrupt'],
    ['\x0c', 'clear-screen'],
    ['\t', 'complete'],
    ['\r', 'accept-line'],
  ])('decodes %j as %s', (data, name) => {
    expect(decodeInput(data)).toEqual([command(name)])
  })

  it('splits a pasted block into lines', () => {
    expect(decodeInput('docker ps\rdocker images\rdocker')).toEqual([
      { type: 'text', text: 'docker ps' },
      command('accept-line'),
      { type: 'text', text: 'docker images' },
      command('accept-line'),
      { type: 'text', text: 'docker' },
    ])
  })

  it('reads CR LF as one Enter', () => {
    expect(decodeInput('a\r\nb')).toEqual([{ type: 'text', text: 'a' }, command('accept-line'), { type: 'text', text: 'b' }])
  })

  it('drops unknown sequences', () => {
    expect(decodeInput('a\x1b[15~b\x1b[200~c')).toEqual([
      { type: 'text', text: 'a' },
      { type: 'text', text: 'b' },
      { type: 'text', text: 'c' },
    ])
  })

  it('drops a truncated sequence', () => {
    expect(decodeInput('a\x1b[1;')).toEqual([{ type: 'text', text: 'a' }])
  })

  it('drops unbound control characters', () => {
    expect(decodeInput('a\x07b')).toEqual([{ type: 'text', text: 'ab' }])
  })
})
