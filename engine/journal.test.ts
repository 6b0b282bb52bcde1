import { describe, expect, it } from 'vitest'
import type { CommandIO } from './api'
import { Engine } from './engine'
import { StateError } from './journal'
import { createTestEngine, run } from './test/harness'

/** Runs a line whose prompts are answered from `answers`. */
async function runAnswering(engine: Engine, line: string, answers: string[]): Promise<string> {
  let output = ''
  const io: CommandIO = {
    write: (text) => {
      output += text
    },
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY: true,
    columns: 120,
    readLine: async () => answers.shift(),
  }
  await engine.execute(line, io)
  return output
}

describe('engine serialize and restore', () => {
  it('restores containers, files, volumes and the clock', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web --health-cmd "curl -f http://localhost/ || exit 1" --health-interval 5s nginx')
    await run(engine, `docker run --name writer -v data:/data alpine sh -c 'echo kept > /data/f'`)
    engine.writeHostFile('~/Dockerfile', 'FROM alpine\n')
    engine.advance(60_000)
    await runAnswering(engine, 'docker login -u alice', ['segreto'])
    engine.advance(5_000)

    const restored = createTestEngine()
    await restored.restore(engine.serialize())

    expect(restored.now()).toBe(engine.now())
    expect(restored.containers()).toEqual(engine.containers())
    expect((await run(restored, 'cat ~/Dockerfile')).stdout).toBe('FROM alpine\n')
    expect((await run(restored, 'docker run --rm -v data:/data alpine cat /data/f')).stdout).toBe('kept\n')
    expect((await run(restored, 'cat ~/.docker/config.json')).stdout).toContain(btoa('alice:segreto'))
  })

  it('keeps recording after a restore', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const first = createTestEngine()
    await first.restore(engine.serialize())
    await run(first, 'docker stop web')

    const second = createTestEngine()
    await second.restore(first.serialize())
    expect(second.containers()[0]?.state).toBe('exited')
  })

  it('rejects corrupt text', async () => {
    await expect(createTestEngine().restore('{not json')).rejects.toThrow(new StateError('corrupt engine state: not valid JSON'))
    await expect(createTestEngine().restore('{"format":"other"}')).rejects.toThrow('corrupt engine state: not a saved engine state')
  })

  it('rejects another version', async () => {
    const text = JSON.stringify({ ...JSON.parse(createTestEngine().serialize()), version: 0 })
    await expect(createTestEngine().restore(text)).rejects.toThrow('unsupported engine state version 0; this engine reads version 1')
  })

  it('rejects a used engine', async () => {
    const used = createTestEngine()
    await run(used, 'docker ps')
    await expect(used.restore(createTestEngine().serialize())).rejects.toThrow('restore() needs a newly created engine')
  })

  it('rejects a journal that does not replay', async () => {
    const engine = createTestEngine()
    await run(engine, 'sleep 2')
    const state = JSON.parse(engine.serialize())
    state.journal[0].resolutions = []
    await expect(createTestEngine().restore(JSON.stringify(state))).rejects.toThrow('corrupt engine state: command "sleep 2" waited more often than recorded')
  })
})

describe('restore of an interactive session', () => {
  it('returns to the container shell', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -it --name box alpine sh', true)
    await run(engine, 'echo dentro > /tmp/f', true)

    const restored = createTestEngine()
    await restored.restore(engine.serialize())
    expect(restored.prompt()).toBe(engine.prompt())
    expect((await run(restored, 'cat /tmp/f', true)).stdout).toBe('dentro\n')
  })
})
