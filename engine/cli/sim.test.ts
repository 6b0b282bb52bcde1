import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { logicalLines } from './lines'

const ROOT = join(__dirname, '..', '..')

function runSim(script: string, args: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sim-')), 'script.sh')
  writeFileSync(file, script)
  return execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'engine', 'cli', 'sim.ts'), '--script', file, ...args], { encoding: 'utf8' })
}

describe('logicalLines', () => {
  it('joins backslash continuations', () => {
    expect(logicalLines('docker run \\\n  --name web \\\n  nginx\necho hi')).toEqual(['docker run \\\n  --name web \\\n  nginx', 'echo hi'])
  })
})

describe('sim runner', () => {
  const script = [
    '# comments and blank lines are skipped',
    '',
    `docker run -d --name nginx --health-cmd='curl --fail http://localhost:80 || exit 1' nginx`,
    'sleep 31',
    'docker ps',
    'docker logs nginx 2>&1 | tail -n 1',
    'nosuch',
  ].join('\n')

  it('prints each command and its output', () => {
    const output = runSim(script)
    expect(output.startsWith(`$ docker run -d --name nginx --health-cmd='curl --fail http://localhost:80 || exit 1' nginx\n`)).toBe(true)
    expect(output).toContain('$ sleep 31\n$ docker ps\nCONTAINER ID')
    expect(output).toContain('Up 31 seconds (healthy)')
    expect(output).toContain('"GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"\n')
    expect(output.endsWith('$ nosuch\nbash: nosuch: command not found\n')).toBe(true)
    expect(output).not.toContain('comments')
  })

  it('repeats its output for the same input and seed', () => {
    expect(runSim(script, ['--seed', '3'])).toBe(runSim(script, ['--seed', '3']))
  })

  it('starts at the requested time', () => {
    expect(runSim('date\n', ['--start', '2026-01-02T03:04:05Z'])).toBe('$ date\nFri Jan  2 03:04:05 UTC 2026\n')
  })
})
