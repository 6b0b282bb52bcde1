import { describe, expect, it } from 'vitest'

import { formatHadolint, runHadolint } from './hadolint-cli'
import { lintDockerfile } from './lint'

const FILES: Record<string, string> = {
  Dockerfile: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
  'Dockerfile.clean': 'FROM debian:12\nUSER app\n',
  'Dockerfile.style': 'FROM debian:12\nRUN pip install flask\n',
  '-': 'FROM nginx:latest\n',
}

function run(...argv: string[]) {
  return runHadolint(argv, (path) => FILES[path])
}

const DL3006 = 'Always tag the version of an image explicitly'
const DL3008 =
  'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`'
const DL3009 = 'Delete the apt lists (/var/lib/apt/lists) after installing something'
const DL3015 = 'Avoid additional packages by specifying `--no-install-recommends`'

describe('formatHadolint', () => {
  const findings = lintDockerfile('FROM debian\n', { courseRules: false })

  it('prints the tty line of the hadolint README', () => {
    expect(formatHadolint(findings, { format: 'tty', fileName: 'Dockerfile' })).toBe(
      `Dockerfile:1 DL3006 warning: ${DL3006}\n`,
    )
  })

  it('prints JSON keys in hadolint 2.x order', () => {
    expect(formatHadolint(findings, { format: 'json', fileName: 'Dockerfile' })).toBe(
      `[{"code":"DL3006","column":1,"file":"Dockerfile","level":"warning","line":1,"message":"${DL3006}"}]\n`,
    )
  })

  it('prints an empty JSON array without findings', () => {
    expect(formatHadolint([], { format: 'json', fileName: 'Dockerfile' })).toBe('[]\n')
  })

  it('prints nothing in tty format without findings', () => {
    expect(formatHadolint([], { format: 'tty', fileName: 'Dockerfile' })).toBe('')
  })
})

describe('hadolint command', () => {
  it('lints a file and exits 1', () => {
    expect(run('Dockerfile')).toEqual({
      stdout: [
        `Dockerfile:1 DL3006 warning: ${DL3006}`,
        `Dockerfile:2 DL3008 warning: ${DL3008}`,
        `Dockerfile:2 DL3009 info: ${DL3009}`,
        `Dockerfile:2 DL3015 info: ${DL3015}`,
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 1,
    })
  })

  it('exits 0 for a clean file', () => {
    expect(run('Dockerfile.clean')).toEqual({ stdout: '', stderr: '', exitCode: 0 })
  })

  it('drops ignored rules', () => {
    expect(run('--ignore', 'DL3008', '--ignore=DL3009', '--ignore', 'DL3015', 'Dockerfile').stdout).toBe(
      `Dockerfile:1 DL3006 warning: ${DL3006}\n`,
    )
  })

  it('exits 0 with --no-fail', () => {
    expect(run('--no-fail', 'Dockerfile').exitCode).toBe(0)
  })

  it('exits 0 when findings are below the failure threshold', () => {
    expect(run('-t', 'error', 'Dockerfile').exitCode).toBe(0)
    expect(run('--failure-threshold', 'warning', 'Dockerfile').exitCode).toBe(1)
  })

  it('fails on style findings with threshold none', () => {
    expect(run('-t', 'none', '--style', 'DL3013', '--style', 'DL3042', 'Dockerfile.style').exitCode).toBe(1)
    expect(run('-t', 'ignore', 'Dockerfile.clean').exitCode).toBe(0)
  })

  it('does not fail on style findings with the default threshold', () => {
    const result = run('--style', 'DL3013', '--style', 'DL3042', 'Dockerfile.style')
    expect(result.stdout.split('\n').filter(Boolean).every((line) => line.includes(' style: '))).toBe(true)
    expect(result.exitCode).toBe(0)
  })

  it('turns on DL3057 with --warning', () => {
    expect(run('--warning', 'DL3057', 'Dockerfile.clean')).toEqual({
      stdout: 'Dockerfile.clean:1 DL3057 warning: `HEALTHCHECK` instruction missing.\n',
      stderr: '',
      exitCode: 1,
    })
  })

  it('prints JSON with --format json', () => {
    expect(run('--format', 'json', '-').stdout).toBe(
      '[{"code":"DL3007","column":1,"file":"-","level":"warning","line":1,"message":"Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag"}]\n',
    )
  })

  it('reports a missing file', () => {
    expect(run('Nope')).toEqual({
      stdout: '',
      stderr: 'hadolint: Nope: withBinaryFile: does not exist (No such file or directory)\n',
      exitCode: 1,
    })
  })

  it('asks for a Dockerfile without arguments', () => {
    expect(run()).toEqual({ stdout: 'Please provide a Dockerfile\n', stderr: '', exitCode: 1 })
  })

  it('rejects an unknown format', () => {
    expect(run('-f', 'xml', 'Dockerfile')).toEqual({
      stdout: '',
      stderr: "option -f: cannot parse value `xml'\n",
      exitCode: 1,
    })
  })

  it('prints its version', () => {
    expect(run('--version').stdout).toBe('Haskell Dockerfile Linter 2.15.1\n')
  })

  it('never runs course rules', () => {
    expect(run('Dockerfile').stdout).not.toMatch(/ CS\d{3} /)
  })
})
