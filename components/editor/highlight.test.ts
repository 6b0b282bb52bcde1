import { describe, expect, it } from 'vitest'
import { tokenizeDockerfile, type Token } from './highlight'

function kinds(tokens: Token[]): string[] {
  return tokens.filter((token) => token.kind !== 'text').map((token) => `${token.kind}:${token.text}`)
}

describe('tokenizeDockerfile', () => {
  it('keeps every line unchanged', () => {
    const source = 'FROM python:3.9-slim AS base\n# commento\nRUN apt-get update && \\\n    apt-get install -y curl\nENV APP_HOME=/app\n\nCMD ["python", "app.py"]\n'
    const lines = tokenizeDockerfile(source)

    expect(lines.map((tokens) => tokens.map((token) => token.text).join('')).join('\n')).toBe(source)
  })

  it('marks keywords, flags, strings and variables', () => {
    const [from, copy, run, cmd] = tokenizeDockerfile('FROM golang:1.23 AS build\nCOPY --from=build --chown=app:app /out $APP_HOME/\nRUN echo "ciao ${NAME}"\nCMD ["node", "server.js"]')

    expect(kinds(from!)).toEqual(['keyword:FROM', 'keyword:AS'])
    expect(kinds(copy!)).toEqual(['keyword:COPY', 'flag:--from=build', 'flag:--chown=app:app', 'variable:$APP_HOME'])
    expect(kinds(run!)).toEqual(['keyword:RUN', 'string:"ciao ${NAME}"'])
    expect(kinds(cmd!)).toEqual(['keyword:CMD', 'punctuation:[', 'string:"node"', 'punctuation:,', 'string:"server.js"', 'punctuation:]'])
  })

  it('treats continuation lines as arguments', () => {
    const lines = tokenizeDockerfile('RUN apt-get update && \\\n    apt-get install -y curl \\\n    # un commento\n    && rm -rf /var/lib/apt/lists/*')

    expect(kinds(lines[0]!)).toEqual(['keyword:RUN', 'punctuation:\\'])
    expect(kinds(lines[1]!)).toEqual(['punctuation:\\'])
    expect(kinds(lines[2]!)).toEqual(['comment:# un commento'])
    expect(kinds(lines[3]!)).toEqual([])
  })

  it('leaves unknown words uncoloured', () => {
    expect(kinds(tokenizeDockerfile('FOO bar')[0]!)).toEqual([])
  })

  it('colours HEALTHCHECK CMD and NONE', () => {
    const [check, none] = tokenizeDockerfile('HEALTHCHECK --interval=30s CMD curl -f http://localhost/\nHEALTHCHECK NONE')

    expect(kinds(check!)).toEqual(['keyword:HEALTHCHECK', 'flag:--interval=30s', 'keyword:CMD'])
    expect(kinds(none!)).toEqual(['keyword:HEALTHCHECK', 'keyword:NONE'])
  })
})
