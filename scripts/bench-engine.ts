// `npm run bench:engine`: headless throughput of the simulated engine.
// Prints commands per second, health-check executions per second and the
// wall time to fast-forward one simulated hour with 10 checked containers.
// It is a measurement, not a test: nothing fails on a missed target.

import os from 'node:os'
import { performance } from 'node:perf_hooks'
import type { CommandIO } from '../engine/api'
import { Engine } from '../engine/engine'

const CHECKED_CONTAINERS = 10
const HOUR_MS = 3_600_000
/** Target from the engine's requirements: at least this many health-check executions per wall second. */
const HEALTH_TARGET_PER_SECOND = 10_000

const COMMANDS = ['docker ps', 'docker ps -a --format "{{.Names}} {{.Status}}"', 'docker inspect --format "{{.State.Status}}" web0', 'docker logs --tail 5 web0', 'docker exec web0 cat /etc/hostname', 'echo hello | grep h', 'docker images']

function silentIO(engine: Engine): CommandIO {
  return {
    write: () => {},
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY: false,
    columns: 120,
  }
}

/** Starts `count` nginx containers with a 1 s curl health check. */
async function startCheckedContainers(engine: Engine, count: number): Promise<void> {
  const io = silentIO(engine)
  for (let index = 0; index < count; index++) {
    await engine.execute(`docker run -d --name web${index} --health-cmd "curl -f http://localhost/ || exit 1" --health-interval 1s --health-timeout 1s nginx`, io)
  }
}

/** Counts completed health-check executions by watching the daemon's `exec_die` events. */
function countProbes(engine: Engine): () => number {
  let probes = 0
  const log = engine.daemon.eventLog
  const record = log.record.bind(log)
  log.record = (time, container, action, extra) => {
    if (action === 'exec_die') probes++
    record(time, container, action, extra)
  }
  return () => probes
}

async function measureCommands(): Promise<{ count: number; perSecond: number }> {
  const engine = new Engine()
  await startCheckedContainers(engine, 1)
  const io = silentIO(engine)

  const rounds = 1_000
  const start = performance.now()
  for (let round = 0; round < rounds; round++) {
    for (const command of COMMANDS) await engine.execute(command, io)
  }
  const seconds = (performance.now() - start) / 1000
  const count = rounds * COMMANDS.length
  return { count, perSecond: count / seconds }
}

async function measureFastForward(): Promise<{ probes: number; seconds: number; perSecond: number }> {
  const engine = new Engine()
  await startCheckedContainers(engine, CHECKED_CONTAINERS)
  const probes = countProbes(engine)

  const start = performance.now()
  engine.advance(HOUR_MS)
  const seconds = (performance.now() - start) / 1000
  return { probes: probes(), seconds, perSecond: probes() / seconds }
}

async function main(): Promise<void> {
  const cpus = os.cpus()
  console.log(`Date: ${new Date().toISOString()}`)
  console.log(`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, Node ${process.version}`)
  console.log()

  const commands = await measureCommands()
  const forward = await measureFastForward()

  console.log('| Measurement | Value |')
  console.log('| --- | --- |')
  console.log(`| Commands per second (${commands.count} commands, mixed docker and shell) | ${Math.round(commands.perSecond)} |`)
  console.log(`| Health-check executions per second (target ≥ ${HEALTH_TARGET_PER_SECOND}) | ${Math.round(forward.perSecond)} |`)
  console.log(`| Fast-forward 1 simulated hour, ${CHECKED_CONTAINERS} containers checked every 1 s (${forward.probes} checks) | ${forward.seconds.toFixed(2)} s |`)
}

await main()
