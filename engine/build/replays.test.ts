import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

/** Runs a replay script line by line, as `npm run sim -- --script` does, and returns each command's output. */
async function replay(name: string): Promise<Array<{ line: string; stdout: string; stderr: string; exitCode: number }>> {
  const engine = createTestEngine()
  const text = readFileSync(new URL(`./replays/${name}`, import.meta.url), 'utf8')
  const results = []
  // The replay scripts have no backslash continuations, so each line is one command.
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    results.push({ line, ...(await run(engine, line)) })
  }
  return results
}

describe('build replays', () => {
  it('cache-ordering.sh reruns pip only for the bad order', async () => {
    const results = await replay('cache-ordering.sh')
    const rebuilds = results.filter((result) => result.line.startsWith('docker build')).slice(2)

    expect(rebuilds.map((result) => result.exitCode)).toEqual([0, 0])
    expect(rebuilds[0]!.stderr).toMatch(/RUN pip install --no-cache-dir -r requirements\.txt\n#\d+ 0\.\d+ Collecting flask/)
    expect(rebuilds[1]!.stderr).toMatch(/RUN pip install --no-cache-dir -r requirements\.txt\n#\d+ CACHED/)
  })

  it('secrets.sh leaks the ARG but not the secret mount', async () => {
    const results = await replay('secrets.sh')
    const history = results.find((result) => result.line.startsWith('docker history'))!
    const cat = results.find((result) => result.line.startsWith('docker run'))!

    expect(history.stdout).toContain('NPM_TOKEN=tok-999')
    expect(history.stdout).not.toContain('s3cr3t')
    expect(cat.exitCode).toBe(1)
  })
})
