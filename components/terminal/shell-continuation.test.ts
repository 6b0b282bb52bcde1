import { describe, expect, it } from 'vitest'
import { appendLine } from './shell-continuation'

describe('appendLine', () => {
  it('completes a plain line', () => {
    expect(appendLine(undefined, 'docker ps -a')).toEqual({ complete: true, command: 'docker ps -a' })
  })

  it('continues after a trailing backslash', () => {
    const first = appendLine(undefined, 'docker run -d \\')

    expect(first).toEqual({ complete: false, command: 'docker run -d ' })
    expect(appendLine(first.command, '  nginx')).toEqual({ complete: true, command: 'docker run -d   nginx' })
  })

  it('completes after an escaped backslash', () => {
    expect(appendLine(undefined, 'echo a\\\\')).toEqual({ complete: true, command: 'echo a\\\\' })
  })

  it('keeps the newline inside double quotes', () => {
    const first = appendLine(undefined, 'echo "uno')

    expect(first).toEqual({ complete: false, command: 'echo "uno\n' })
    expect(appendLine(first.command, 'due"')).toEqual({ complete: true, command: 'echo "uno\ndue"' })
  })

  it('keeps a backslash inside single quotes', () => {
    expect(appendLine(undefined, "echo 'a\\")).toEqual({ complete: false, command: "echo 'a\\\n" })
    expect(appendLine(undefined, "echo 'a\\'")).toEqual({ complete: true, command: "echo 'a\\'" })
  })

  it('joins a backslash inside double quotes', () => {
    expect(appendLine(undefined, 'echo "a\\')).toEqual({ complete: false, command: 'echo "a' })
  })

  it('ignores quotes in a comment', () => {
    expect(appendLine(undefined, "docker ps # it's fine")).toEqual({ complete: true, command: "docker ps # it's fine" })
  })

  it('treats a mid-word hash as text', () => {
    expect(appendLine(undefined, "echo a#'b")).toEqual({ complete: false, command: "echo a#'b\n" })
  })

  it('ignores an escaped quote', () => {
    expect(appendLine(undefined, 'echo \\"')).toEqual({ complete: true, command: 'echo \\"' })
  })
})
