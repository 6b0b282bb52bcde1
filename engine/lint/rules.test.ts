import { describe, expect, it } from 'vitest'

import { lintDockerfile } from './lint'
import type { LintOptions } from './types'

interface RuleCase {
  code: string
  failing: string
  /** Line the finding must be reported on. */
  line: number
  passing: string
  options?: LintOptions
}

// One failing and one passing Dockerfile per rule. Each failing case must report the rule on
// `line`; each passing case must not report it at all.
const CASES: RuleCase[] = [
  { code: 'DL3001', failing: 'FROM debian:12\nRUN service nginx start', line: 2, passing: 'FROM debian:12\nRUN ifconfig eth0' },
  { code: 'DL3002', failing: 'FROM debian:12\nUSER app\nUSER root:root', line: 3, passing: 'FROM debian:12\nUSER root\nUSER app' },
  { code: 'DL3002', failing: 'FROM debian:12 AS build\nUSER 0\nFROM debian:12\nUSER app', line: 2, passing: 'FROM debian:12' },
  { code: 'DL3003', failing: 'FROM debian:12\nRUN cd /app && make', line: 2, passing: 'FROM debian:12\nWORKDIR /app\nRUN make' },
  { code: 'DL3004', failing: 'FROM debian:12\nRUN sudo make install', line: 2, passing: 'FROM debian:12\nRUN make install' },
  { code: 'DL3006', failing: 'FROM debian', line: 1, passing: 'FROM debian:12\nFROM scratch' },
  { code: 'DL3006', failing: 'FROM golang:1.22 AS build\nFROM alpine', line: 2, passing: 'FROM golang:1.22 AS build\nFROM build' },
  { code: 'DL3006', failing: 'FROM ubuntu AS base', line: 1, passing: 'ARG BASE=debian:12\nFROM $BASE' },
  { code: 'DL3007', failing: 'FROM nginx:latest', line: 1, passing: 'FROM nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000' },
  {
    code: 'DL3008',
    failing: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10 git',
    line: 2,
    passing: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=7.88.1-10 ./local.deb',
  },
  {
    code: 'DL3009',
    failing: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10',
    line: 2,
    passing: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*',
  },
  {
    code: 'DL3009',
    failing: 'FROM debian:12 AS base\nRUN apt-get update\nFROM base',
    line: 2,
    passing: 'FROM debian:12 AS build\nRUN apt-get update\nFROM alpine:3.20',
  },
  {
    code: 'DL3009',
    failing: 'FROM debian:12\nRUN apt update',
    line: 2,
    passing: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update',
  },
  { code: 'DL3012', failing: 'FROM nginx:1.27\nHEALTHCHECK CMD ["true"]\nHEALTHCHECK NONE', line: 3, passing: 'FROM nginx:1.27 AS a\nHEALTHCHECK CMD ["true"]\nFROM nginx:1.27\nHEALTHCHECK CMD ["true"]' },
  {
    code: 'DL3013',
    failing: 'FROM python:3.12\nRUN pip install --no-cache-dir -i https://pypi.example/simple flask',
    line: 2,
    passing: 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3 "requests>=2" . git+https://example.com/r.git@v1',
  },
  { code: 'DL3013', failing: 'FROM python:3.12\nRUN python -m pip install --no-cache-dir flask', line: 2, passing: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt' },
  {
    code: 'DL3013',
    failing: 'FROM python:3.12\nRUN pip install --no-cache-dir git+https://example.com/r.git',
    line: 2,
    passing: 'FROM python:3.12\nRUN pip install --no-cache-dir ./vendor/pkg dist/app-1.0.tar.gz -e .',
  },
  { code: 'DL3014', failing: 'FROM debian:12\nRUN apt-get install --no-install-recommends curl=1', line: 2, passing: 'FROM debian:12\nRUN apt-get -qq install --no-install-recommends curl=1' },
  { code: 'DL3015', failing: 'FROM debian:12\nRUN apt-get install -y curl=1', line: 2, passing: 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl=1' },
  { code: 'DL3018', failing: 'FROM alpine:3.20\nRUN apk add --no-cache curl', line: 2, passing: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build gcc=13.2.1-r0 curl~8 ./local.apk' },
  { code: 'DL3019', failing: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r0', line: 2, passing: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r0' },
  { code: 'DL3027', failing: 'FROM debian:12\nRUN apt install -y curl=1', line: 2, passing: 'FROM debian:12\nRUN apt-cache policy curl' },
  {
    code: 'DL3059',
    failing: 'FROM debian:12\nRUN mkdir /app\n# then the data\nRUN mkdir /data',
    line: 4,
    passing: 'FROM debian:12\nRUN mkdir /app\nWORKDIR /app\nRUN mkdir /data\nRUN a && b && c\nRUN --network=none make',
  },
  { code: 'DL3020', failing: 'FROM debian:12\nADD app/ /app/', line: 2, passing: 'FROM debian:12\nADD rootfs.tar.gz https://example.com/a.txt /' },
  { code: 'DL3025', failing: 'FROM debian:12\nCMD nginx -g "daemon off;"', line: 2, passing: 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]' },
  { code: 'DL3025', failing: 'FROM debian:12\nENTRYPOINT /entrypoint.sh', line: 2, passing: 'FROM debian:12\nENTRYPOINT ["/entrypoint.sh"]' },
  { code: 'DL3025', failing: 'FROM debian:12\nHEALTHCHECK --retries=3 CMD curl -f http://localhost/', line: 2, passing: 'FROM debian:12\nHEALTHCHECK --retries=3 CMD ["curl", "-f", "http://localhost/"]' },
  { code: 'DL3042', failing: 'FROM python:3.12\nRUN pip install flask==3.0.3', line: 2, passing: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3' },
  {
    code: 'DL3057',
    failing: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD ["true"]\nFROM base\nFROM nginx:1.27',
    line: 4,
    passing: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD ["true"]\nFROM base',
    options: { override: { warning: ['DL3057'] } },
  },
  { code: 'DL3061', failing: 'RUN make\nFROM debian:12', line: 1, passing: 'ARG VERSION=12\nFROM debian:${VERSION}' },
  { code: 'DL4000', failing: 'FROM debian:12\nMAINTAINER someone@example.com', line: 2, passing: 'FROM debian:12\nLABEL org.opencontainers.image.authors="someone@example.com"' },
  { code: 'CS001', failing: 'FROM debian:12 AS build\nUSER app\nFROM debian:12', line: 3, passing: 'FROM debian:12 AS base\nUSER app\nFROM base' },
  { code: 'CS002', failing: 'FROM debian:12\nENV APP_ENV=prod DB_PASSWORD=hunter2', line: 2, passing: 'FROM debian:12\nENV DB_PASSWORD_FILE=/run/secrets/db' },
  { code: 'CS002', failing: 'ARG GITHUB_TOKEN\nFROM debian:12', line: 1, passing: 'ARG VERSION\nFROM debian:12' },
  { code: 'CS003', failing: 'FROM debian:12\nEXPOSE 80 22/tcp', line: 2, passing: 'FROM debian:12\nEXPOSE 80 2222' },
  { code: 'CS003', failing: 'FROM debian:12\nEXPOSE 20-25', line: 2, passing: 'FROM debian:12\nEXPOSE 23-25' },
  { code: 'CS004', failing: 'FROM debian:12\nCOPY --chown=app:app app/ /app\nUSER app', line: 2, passing: 'FROM debian:12\nCOPY --chown=root:root app/ /app\nUSER app' },
  { code: 'CS004', failing: 'FROM debian:12\nRUN chmod 777 /app/run.sh', line: 2, passing: 'FROM debian:12\nRUN chmod 555 /app/run.sh' },
  { code: 'CS004', failing: 'FROM debian:12\nRUN chmod a+w /app/run.sh', line: 2, passing: 'FROM debian:12\nRUN chmod u+w,a+x /app/run.sh' },
  { code: 'CS004', failing: 'FROM debian:12\nCOPY --chmod=0666 run.sh /app/\nUSER app', line: 2, passing: 'FROM debian:12\nCOPY --chmod=555 run.sh /app/\nUSER app' },
  { code: 'CS004', failing: 'FROM debian:12\nRUN chown -R app /app\nUSER app:app', line: 2, passing: 'FROM debian:12\nRUN chown -R app /data\nUSER nobody' },
  { code: 'CS005', failing: 'FROM debian:12\nUSER 1000:1000', line: 2, passing: 'FROM debian:12\nUSER app' },
  { code: 'CS005', failing: 'FROM debian:12\nRUN useradd -u 1001 app', line: 2, passing: 'FROM debian:12\nRUN useradd --system app' },
  { code: 'CS006', failing: 'FROM debian:12\nADD https://example.com/tool.tgz /opt/', line: 2, passing: 'FROM debian:12\nADD --checksum=sha256:00ff https://example.com/tool.tgz /opt/' },
  { code: 'CS007', failing: 'FROM nginx:1.27\nHEALTHCHECK CMD ["true"]\nFROM nginx:1.27', line: 3, passing: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD ["true"]\nFROM base' },
  { code: 'CS007', failing: 'FROM nginx:1.27\nHEALTHCHECK NONE', line: 2, passing: 'FROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["true"]' },
  { code: 'CS008', failing: 'FROM golang:1.22 AS build\nFROM scratch', line: 1, passing: 'FROM golang:1.22@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS build\nFROM build' },
  { code: 'CS009', failing: 'FROM node:20\nCOPY . .\nRUN npm ci', line: 2, passing: 'FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .' },
]

function linesOf(code: string, source: string, options?: LintOptions): number[] {
  return lintDockerfile(source, options)
    .filter((finding) => finding.code === code)
    .map((finding) => finding.line)
}

describe('lint rules', () => {
  it.each(CASES)('$code reports the failing case', ({ code, failing, line, options }) => {
    expect(linesOf(code, failing, options)).toEqual([line])
  })

  it.each(CASES)('$code accepts the passing case', ({ code, passing, options }) => {
    expect(linesOf(code, passing, options)).toEqual([])
  })
})

describe('lintDockerfile options', () => {
  const source = 'FROM debian\nRUN apt-get update'

  it('skips rules given in ignore', () => {
    expect(linesOf('DL3006', source, { ignore: ['DL3006'] })).toEqual([])
  })

  it('honours an inline ignore pragma on the next line only', () => {
    const withPragma = '# hadolint ignore=DL3006, DL3009\nFROM debian\nRUN apt-get update'
    expect(lintDockerfile(withPragma).map((finding) => finding.code)).not.toContain('DL3006')
    expect(linesOf('DL3009', withPragma)).toEqual([3])
  })

  it('honours a global ignore pragma', () => {
    expect(linesOf('DL3009', '# hadolint global ignore=DL3009\nFROM debian:12\nRUN apt-get update')).toEqual([])
  })

  it('keeps DL3057 off by default', () => {
    expect(linesOf('DL3057', 'FROM nginx:1.27')).toEqual([])
  })

  it('applies a severity override', () => {
    const [finding] = lintDockerfile('FROM debian', { override: { error: ['DL3006'] }, courseRules: false })
    expect(finding?.severity).toBe('error')
  })

  it('runs only hadolint rules without courseRules', () => {
    const codes = lintDockerfile('FROM debian:12', { courseRules: false }).map((finding) => finding.code)
    expect(codes).toEqual([])
  })

  it('matches DL3057 stages by image name like hadolint', () => {
    const source = 'FROM nginx:1.26\nHEALTHCHECK CMD ["true"]\nFROM nginx:1.27'
    expect(linesOf('DL3057', source, { override: { info: ['DL3057'] } })).toEqual([])
  })

  it('applies ONBUILD RUN rules at the ONBUILD line', () => {
    expect(linesOf('DL3004', 'FROM debian:12\nONBUILD RUN sudo make')).toEqual([2])
  })

  it('reports a RUN continued over lines at its first line', () => {
    expect(linesOf('DL3003', 'FROM debian:12\nRUN make && \\\n    cd /tmp')).toEqual([2])
  })

  it('attaches an Italian explanation and lesson link', () => {
    const finding = lintDockerfile('FROM nginx:latest').find((candidate) => candidate.code === 'DL3007')
    expect(finding?.explanation).toMatch(/latest/)
    expect(finding?.lessonHref).toBe('/lezioni/best-practice-immagini/#usare-versioni-specifiche-delle-immagini')
  })
})
