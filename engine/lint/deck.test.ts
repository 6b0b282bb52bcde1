// The Dockerfiles of the course slides, as printed there. Several are fragments without FROM,
// so hadolint's DL3061 reports every instruction before the (missing) FROM.

import { describe, expect, it } from 'vitest'

import { lintDockerfile } from './lint'

function summarize(source: string): string[] {
  return lintDockerfile(source).map((finding) => `${finding.line} ${finding.code} ${finding.severity}`)
}

const ROOT_OWNED_EXECUTABLE = `WORKDIR $APP_HOME
COPY app-files/ /app
RUN chmod 555 /app/my-app-entrypoint.sh
USER app
ENTRYPOINT /app/my-app-entrypoint.sh
`

const PYTHON_SOURCES_FIRST = `FROM python:3.9-slim
WORKDIR /app
COPY sample.py .
COPY requirements.txt .
RUN pip install -r \\
    /requirements.txt
`

const PYTHON_REQUIREMENTS_FIRST = `FROM python:3.9-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r \\
    /requirements.txt
COPY sample.py .
`

const APT_GET_RUN = `RUN apt-get update && \\
    apt-get install -y \\
        build-essential \\
        curl \\
        git && \\
    rm -rf /var/lib/apt/lists/*
`

const HEALTHCHECK = `HEALTHCHECK --interval=30s --timeout=3s \\
  CMD curl -f http://localhost/ || exit 1
`

describe('course slide Dockerfiles', () => {
  it('chmod 555 fragment: only order, shell-form ENTRYPOINT and missing HEALTHCHECK', () => {
    expect(summarize(ROOT_OWNED_EXECUTABLE)).toEqual([
      '1 DL3061 error',
      '1 CS007 info',
      '2 DL3061 error',
      '3 DL3061 error',
      '4 DL3061 error',
      '5 DL3025 warning',
      '5 DL3061 error',
    ])
  })

  it('python image copying sources first breaks the layer cache', () => {
    expect(summarize(PYTHON_SOURCES_FIRST)).toEqual([
      '1 CS001 warning',
      '1 CS007 info',
      '1 CS008 info',
      '3 CS009 info',
      '5 DL3042 warning',
    ])
  })

  it('python image copying requirements first keeps the cache', () => {
    expect(summarize(PYTHON_REQUIREMENTS_FIRST)).toEqual([
      '1 CS001 warning',
      '1 CS007 info',
      '1 CS008 info',
      '4 DL3042 warning',
    ])
  })

  it('apt-get RUN cleans the lists but pins nothing', () => {
    expect(summarize(APT_GET_RUN)).toEqual([
      '1 DL3008 warning',
      '1 DL3015 info',
      '1 DL3061 error',
      '1 CS001 warning',
      '1 CS007 info',
    ])
  })

  it('HEALTHCHECK in shell form', () => {
    expect(summarize(HEALTHCHECK)).toEqual(['1 DL3025 warning', '1 DL3061 error', '1 CS001 warning'])
  })

  it('hadolint rules alone on the python image report only DL3042', () => {
    const codes = lintDockerfile(PYTHON_SOURCES_FIRST, { courseRules: false }).map((finding) => finding.code)
    expect(codes).toEqual(['DL3042'])
  })
})
