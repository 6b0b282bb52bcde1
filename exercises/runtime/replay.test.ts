import { describe, expect, it } from 'vitest'
import { createEngine } from '../../engine'
import type { CommandIO, EngineSnapshot, SimulatedEngine } from '../../engine/api'
import { withoutLastCommand } from './log'
import { RecordingEngine } from './recorder'
import { EXERCISE_ENGINE_OPTIONS, replay } from './replay'

const SETUP = ["docker run -d --name nginx --health-cmd 'curl --fail http://localhost:80 || exit 1' --health-interval 10s nginx"]

/** Creates a terminal-like CommandIO whose waits advance the clock and whose prompts read `answers`. */
function terminalIO(engine: SimulatedEngine, answers: string[] = []): CommandIO {
  return {
    write: () => {},
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    readLine: async () => answers.shift(),
    isTTY: true,
    columns: 80,
  }
}

function comparable(snapshot: EngineSnapshot) {
  return {
    time: snapshot.time,
    containers: snapshot.containers,
    images: snapshot.images.map((image) => image.id),
    socket: snapshot.file('/var/run/docker.sock'),
    config: snapshot.file('/home/studente/.docker/config.json'),
  }
}

async function recordedSession(): Promise<{ recording: RecordingEngine; beforeLast: ReturnType<typeof comparable> }> {
  const inner = await replay({ createEngine, setup: SETUP, log: [] })
  const recording = new RecordingEngine(inner)

  // The clock moves between commands, as it does while the student reads and types.
  inner.advance(25_000)
  await recording.execute("docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html /tmp/'", terminalIO(inner))
  inner.advance(25_000)
  await recording.execute('apptainer registry login --username myuser docker://quay.io', terminalIO(inner, ['token']))
  recording.writeHostFile('~/app/Dockerfile', 'FROM nginx\n')
  inner.advance(7_000)
  const beforeLast = comparable(inner.snapshot())

  await recording.execute('docker rm -f nginx', terminalIO(inner))
  return { recording, beforeLast }
}

describe('replay', () => {
  it('rebuilds the state of a recorded session', async () => {
    const { recording } = await recordedSession()
    const rebuilt = await replay({ createEngine, setup: SETUP, log: recording.log, until: recording.now() })

    expect(comparable(rebuilt.snapshot())).toEqual(comparable(recording.snapshot()))
  })

  it('undoes the last command', async () => {
    const { recording, beforeLast } = await recordedSession()
    const cut = withoutLastCommand(recording.log)!
    const rebuilt = await replay({ createEngine, setup: SETUP, log: cut.log, until: cut.undone.startedAt })

    expect(cut.undone.line).toBe('docker rm -f nginx')
    expect(comparable(rebuilt.snapshot())).toEqual(beforeLast)
    expect(rebuilt.snapshot().containers[0]?.health?.status).toBe('unhealthy')
  })

  it('replays prompt answers', async () => {
    const { recording } = await recordedSession()
    const login = recording.log.find((record) => record.kind === 'command' && record.line.startsWith('apptainer'))

    expect(login).toMatchObject({ exitCode: 0, answers: [{ text: 'token' }] })
  })

  it('uses the exercise seed', async () => {
    const first = await replay({ createEngine, setup: SETUP, log: [] })
    const second = createEngine(EXERCISE_ENGINE_OPTIONS)
    await second.execute(SETUP[0]!, terminalIO(second))

    expect(first.snapshot().containers[0]?.id).toBe(second.snapshot().containers[0]?.id)
  })
})

describe('RecordingEngine', () => {
  it('reports each command with its exit code', async () => {
    const inner = createEngine(EXERCISE_ENGINE_OPTIONS)
    const recording = new RecordingEngine(inner)
    const seen: [string, number | undefined][] = []
    recording.onCommand((record) => seen.push([record.line, record.exitCode]))

    await recording.execute('docker ps', terminalIO(inner))
    await recording.execute('docker rm nothing', terminalIO(inner))

    expect(seen).toEqual([
      ['docker ps', 0],
      ['docker rm nothing', 1],
    ])
  })

  it('forwards the last run audit', async () => {
    const inner = createEngine(EXERCISE_ENGINE_OPTIONS)
    const recording = new RecordingEngine(inner)
    await recording.execute('docker run -d --name web --privileged nginx', terminalIO(inner))

    expect(recording.lastRunAudit?.()).not.toBeNull()
    expect(recording.lastRunAudit?.()).toEqual(inner.lastRunAudit?.())
  })

  it('stops recording once detached', async () => {
    const inner = createEngine(EXERCISE_ENGINE_OPTIONS)
    const recording = new RecordingEngine(inner)
    recording.detach()

    await recording.execute('docker ps', terminalIO(inner))
    expect(recording.log).toEqual([])
  })
})
