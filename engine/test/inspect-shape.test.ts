// Compares the shape of `docker inspect` with a recorded document (daemon
// 20.10, API 1.41). Engine 28 drops KernelMemory and KernelMemoryTCP from
// HostConfig, moves ConsoleSize after VolumesFrom and lists SandboxKey and
// Ports first in NetworkSettings, so those two objects are compared as key sets.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from './harness'

function recordedInspect(): Record<string, Record<string, unknown>> {
  const text = readFileSync(join(__dirname, 'transcripts', 'S11_full_inspect_samples.txt'), 'utf8')
  const marker = '$ docker inspect nginx\n'
  const start = text.indexOf(marker) + marker.length
  return JSON.parse(text.slice(start, text.indexOf('[exit code', start)))[0]
}

async function simulatedInspect(): Promise<Record<string, Record<string, unknown>>> {
  const engine = createTestEngine()
  await run(engine, `docker run -d --name nginx --network none --health-cmd='curl --fail http://localhost:80 || exit 1' nginx`)
  engine.advance(31_000)
  return JSON.parse((await run(engine, 'docker inspect nginx')).stdout)[0]
}

describe('docker inspect shape', () => {
  it('orders the top-level, State, Config and GraphDriver keys like the daemon', async () => {
    const recorded = recordedInspect()
    const simulated = await simulatedInspect()
    expect(Object.keys(simulated)).toEqual(Object.keys(recorded))
    for (const key of ['State', 'Config', 'GraphDriver']) expect(Object.keys(simulated[key]!), key).toEqual(Object.keys(recorded[key]!))
  })

  it('has the HostConfig and NetworkSettings keys of Engine 28', async () => {
    const recorded = recordedInspect()
    const simulated = await simulatedInspect()
    const removedInEngine28 = ['KernelMemory', 'KernelMemoryTCP']
    expect(Object.keys(simulated.HostConfig!).sort()).toEqual(Object.keys(recorded.HostConfig!).filter((key) => !removedInEngine28.includes(key)).sort())
    expect(Object.keys(simulated.NetworkSettings!).sort()).toEqual(Object.keys(recorded.NetworkSettings!).sort())
  })

  it('fills the values that match the recorded container', async () => {
    const simulated = await simulatedInspect()
    expect(simulated.Name).toBe('/nginx')
    expect(simulated.Path).toBe('/docker-entrypoint.sh')
    expect(simulated.HostConfig!.NetworkMode).toBe('none')
    expect(simulated.HostConfig!.RestartPolicy).toEqual({ Name: 'no', MaximumRetryCount: 0 })
    expect(simulated.Config!.Healthcheck).toEqual({ Test: ['CMD-SHELL', 'curl --fail http://localhost:80 || exit 1'] })
    expect(simulated.Config!.ExposedPorts).toEqual({ '80/tcp': {} })
    expect(Object.keys(simulated.NetworkSettings!.Networks as object)).toEqual(['none'])
  })
})
