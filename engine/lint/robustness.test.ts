import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { runHadolint } from './hadolint-cli'
import { lintDockerfile } from './lint'

// Broken or unusual input a student may type; the linter must return findings, never throw.
const ODD_SOURCES = [
  '',
  'FROM',
  'FROM  AS x',
  'RUN <<EOF\napt-get update\nEOF',
  'RUN ["apt-get", "install"',
  'RUN echo "unterminated',
  'ONBUILD',
  'ONBUILD RUN',
  'USER',
  'EXPOSE abc-',
  'ADD',
  'COPY --chown= a b',
  'HEALTHCHECK',
  'HEALTHCHECK --interval=1s',
  'ENV',
  'ARG',
  '\\\n\\',
  'FROM a\nRUN $(echo) `x` > >(y) 2>&1 | tee',
  'RUN chmod',
  'RUN chown',
  '# hadolint ignore=\nFROM a',
]

const WORDS = [
  'FROM', 'RUN', 'USER', 'ADD', 'COPY', 'HEALTHCHECK', 'ENV', 'ARG', 'ONBUILD', 'EXPOSE', 'CMD', '\\\n', '\n',
  '"', "'", '[', ']', '--', '=', 'apt-get', 'install', 'pip', '&&', '|', '<<EOF', '#', 'hadolint ignore=DL3008', 'a',
  '/', ':', '@', '$x', 'AS', 'root', '22',
]

describe('lintDockerfile robustness', () => {
  it.each(ODD_SOURCES)('lints %j without throwing', (source) => {
    expect(Array.isArray(lintDockerfile(source))).toBe(true)
  })

  it('never throws on random instruction soup', () => {
    const sources = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '))

    fc.assert(
      fc.property(sources, (source) => {
        const findings = lintDockerfile(source)
        return findings.every((finding) => Number.isInteger(finding.line) && finding.line >= 1)
      }),
      { numRuns: 2000, seed: 42 },
    )
  })

  it('never throws from the hadolint command', () => {
    expect(runHadolint(['-'], () => 'RUN ["unclosed').exitCode).toBe(1)
  })
})
