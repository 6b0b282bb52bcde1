import { describe, expect, it } from 'vitest'
import type { CommandIO } from '../api'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'
import { ping } from './ping'
import type { ContainerContext, ProgramContext } from './types'
import { buildTree } from '../fs/vfs'

const DEBIAN_PING_DOCKERFILE = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends iputils-ping\nCMD ["bash"]\n'

async function busyboxPair(): Promise<Engine> {
  const engine = createTestEngine()
  await run(engine, 'docker run -d --name uno busybox sleep 1000')
  await run(engine, 'docker run -d --name due alpine sleep 1000')
  return engine
}

async function debianPinger(engine: Engine): Promise<void> {
  engine.writeHostFile('~/pinger/Dockerfile', DEBIAN_PING_DOCKERFILE)
  const build = await run(engine, 'cd ~/pinger && docker build -q -t pinger .')
  expect(build.exitCode).toBe(0)
}

/** Runs a line on a terminal where the user presses Ctrl-C after `seconds` of virtual time. */
async function runInterrupted(engine: Engine, line: string, seconds: number): Promise<{ stdout: string; exitCode: number }> {
  let stdout = ''
  let waited = 0
  let interrupted = false
  const io: CommandIO = {
    write: (text) => {
      stdout += text
    },
    // The wait that crosses the deadline ends early and reports Ctrl-C; later waits run normally.
    sleep: async (ms) => {
      const left = seconds * 1000 - waited
      if (interrupted || ms <= left) {
        engine.advance(ms)
        waited += ms
        return true
      }
      engine.advance(Math.max(0, left))
      waited += Math.max(0, left)
      interrupted = true
      return false
    },
    isTTY: true,
    columns: 120,
  }
  const exitCode = await engine.execute(line, io)
  return { stdout, exitCode }
}

describe('busybox ping', () => {
  it('pings loopback three times', async () => {
    const result = await run(await busyboxPair(), 'docker exec uno ping -c 3 127.0.0.1')
    expect(result.stdout).toBe(
      'PING 127.0.0.1 (127.0.0.1): 56 data bytes\n' +
        '64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.040 ms\n' +
        '64 bytes from 127.0.0.1: seq=1 ttl=64 time=0.077 ms\n' +
        '64 bytes from 127.0.0.1: seq=2 ttl=64 time=0.053 ms\n' +
        '\n--- 127.0.0.1 ping statistics ---\n' +
        '3 packets transmitted, 3 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = 0.040/0.057/0.077 ms\n',
    )
    expect(result.exitCode).toBe(0)
  })

  it('reaches another container and the gateway', async () => {
    const engine = await busyboxPair()
    const peer = await run(engine, 'docker exec uno ping -c 1 172.17.0.3')
    expect(peer.stdout.split('\n')[1]).toMatch(/^64 bytes from 172\.17\.0\.3: seq=0 ttl=64 time=0\.\d{3} ms$/)
    const gateway = await run(engine, 'docker exec due ping -c 1 172.17.0.1')
    expect(gateway.stdout.split('\n')[4]).toBe('1 packets transmitted, 1 packets received, 0% packet loss')
  })

  it('loses every packet to an unknown address', async () => {
    const result = await run(await busyboxPair(), 'docker exec uno ping -c 2 10.9.9.9')
    expect(result.stdout).toBe('PING 10.9.9.9 (10.9.9.9): 56 data bytes\n\n--- 10.9.9.9 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n')
    expect(result.exitCode).toBe(1)
  })

  it('rejects a name it cannot resolve', async () => {
    const result = await run(await busyboxPair(), 'docker exec uno ping -c 1 web')
    expect(result.stderr).toBe("ping: bad address 'web'\n")
    expect(result.exitCode).toBe(1)
  })

  it('reports an unreachable network with --network none', async () => {
    const result = await run(createTestEngine(), 'docker run --rm --network none busybox ping -c 1 172.17.0.1')
    expect(result.merged).toBe('PING 172.17.0.1 (172.17.0.1): 56 data bytes\nping: sendto: Network unreachable\n')
    expect(result.exitCode).toBe(1)
  })

  it('works without NET_RAW', async () => {
    const result = await run(createTestEngine(), 'docker run --rm --cap-drop ALL busybox ping -q -c 1 localhost')
    expect(result.stdout).toMatch(/^PING localhost \(127\.0\.0\.1\): 56 data bytes\n\n--- localhost ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n/)
    expect(result.exitCode).toBe(0)
  })

  it('resolves its own hostname', async () => {
    const engine = await busyboxPair()
    const hostname = (await run(engine, 'docker exec uno hostname')).stdout.trim()
    const result = await run(engine, `docker exec uno ping -c 1 ${hostname}`)
    expect(result.stdout.split('\n')[0]).toBe(`PING ${hostname} (172.17.0.2): 56 data bytes`)
  })

  it('is missing from the nginx image', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, "docker exec web sh -c 'ping -c 1 127.0.0.1'")
    expect(result.stderr).toBe('sh: 1: ping: not found\n')
    expect(result.exitCode).toBe(127)
  })
})

describe('ping until Ctrl-C', () => {
  it('prints statistics after ^C on a terminal', async () => {
    const engine = await busyboxPair()
    const result = await runInterrupted(engine, 'docker exec -t uno ping 127.0.0.1', 2.5)
    const lines = result.stdout.split('\n')
    expect(lines.length).toBe(9)
    expect(lines[3]).toMatch(/^64 bytes from 127\.0\.0\.1: seq=2 ttl=64 time=0\.\d{3} ms$/)
    expect(lines[4]).toBe('^C')
    expect(lines[5]).toBe('--- 127.0.0.1 ping statistics ---')
    expect(lines[6]).toBe('3 packets transmitted, 3 packets received, 0% packet loss')
    expect(result.exitCode).toBe(0)
  })

  it('stops silently without a terminal', async () => {
    const engine = await busyboxPair()
    const result = await runInterrupted(engine, 'docker exec uno ping 127.0.0.1', 1.5)
    expect(result.stdout.split('\n').length).toBe(4)
    expect(result.stdout).not.toContain('statistics')
  })
})

describe('iputils ping', () => {
  it('pings loopback in a Debian image', async () => {
    const engine = createTestEngine()
    await debianPinger(engine)
    const result = await run(engine, 'docker run --rm pinger ping -c 2 localhost')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('PING localhost (127.0.0.1) 56(84) bytes of data.')
    expect(lines[1]).toMatch(/^64 bytes from localhost \(127\.0\.0\.1\): icmp_seq=1 ttl=64 time=0\.\d{3} ms$/)
    expect(lines[2]).toMatch(/^64 bytes from localhost \(127\.0\.0\.1\): icmp_seq=2 ttl=64 time=0\.\d{3} ms$/)
    expect(lines[3]).toBe('')
    expect(lines[4]).toBe('--- localhost ping statistics ---')
    expect(lines[5]).toMatch(/^2 packets transmitted, 2 received, 0% packet loss, time 1000ms$/)
    expect(lines[6]).toMatch(/^rtt min\/avg\/max\/mdev = 0\.\d{3}\/0\.\d{3}\/0\.\d{3}\/0\.\d{3} ms$/)
  })

  it('fails to connect with --network none', async () => {
    const engine = createTestEngine()
    await debianPinger(engine)
    const result = await run(engine, 'docker run --rm --network none pinger ping -c 1 8.8.8.8')
    expect(result.stderr).toBe('ping: connect: Network is unreachable\n')
    expect(result.exitCode).toBe(2)
  })

  it('reports an unknown name', async () => {
    const engine = createTestEngine()
    await debianPinger(engine)
    const result = await run(engine, 'docker run --rm pinger ping -c 1 web')
    expect(result.stderr).toBe('ping: web: Name or service not known\n')
    expect(result.exitCode).toBe(2)
  })

  it('is missing from debian without iputils-ping', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q debian:bookworm-slim')
    const result = await run(engine, "docker run --rm debian:bookworm-slim bash -c 'ping -c 1 127.0.0.1'")
    expect(result.stderr).toBe('bash: line 1: ping: command not found\n')
    expect(result.exitCode).toBe(127)
  })
})

describe('ping without ICMP sockets', () => {
  function context(flavor: 'busybox' | 'debian', output: string[]): ProgramContext {
    const container: ContainerContext = {
      fs: buildTree([], 0),
      hostname: 'box',
      flavor,
      startMs: 0,
      processes: () => [],
      http: () => ({ kind: 'refused' }),
      software: new Set(),
      database: () => undefined,
      capabilities: new Set(),
      network: { mode: 'bridge', address: '172.17.0.2', hasPeer: () => false, pingSockets: false },
    }
    return {
      container,
      state: { cwd: '/', env: new Map(), cred: { uid: 0, gid: 0 }, lastExit: 0 },
      argv: ['ping', '-c', '1', '127.0.0.1'],
      stdin: '',
      stdoutIsTTY: false,
      write: (text) => output.push(text),
      spend: () => {},
      now: () => 0,
      runScript: () => 0,
      runUntilInterrupted: () => {},
    }
  }

  it('needs NET_RAW in busybox', () => {
    const output: string[] = []
    expect(ping(context('busybox', output))).toBe(1)
    expect(output.join('')).toBe('ping: permission denied (are you root?)\n')
  })

  it('needs NET_RAW in iputils', () => {
    const output: string[] = []
    expect(ping(context('debian', output))).toBe(2)
    expect(output.join('')).toBe('ping: socktype: SOCK_RAW\nping: socket: Operation not permitted\nping: => missing cap_net_raw+p capability or setuid?\n')
  })
})

describe('ping as the main process', () => {
  it('prints statistics when docker run forwards Ctrl-C', async () => {
    const engine = createTestEngine()
    const result = await runInterrupted(engine, 'docker run --name pinger busybox ping 127.0.0.1', 3.5)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('PING 127.0.0.1 (127.0.0.1): 56 data bytes')
    expect(lines[3]).toMatch(/^64 bytes from 127\.0\.0\.1: seq=2 ttl=64 time=0\.\d{3} ms$/)
    expect(lines.slice(-5)).toEqual(['', '--- 127.0.0.1 ping statistics ---', '3 packets transmitted, 3 packets received, 0% packet loss', 'round-trip min/avg/max = 0.040/0.057/0.077 ms', ''])
    expect(result.exitCode).toBe(0)
    expect((await run(engine, "docker ps -a --format '{{.Status}}'")).stdout).toBe('Exited (0) Less than a second ago\n')
  })

  it('echoes ^C with a terminal', async () => {
    const engine = createTestEngine()
    const result = await runInterrupted(engine, 'docker run -t --name pinger busybox ping -q 127.0.0.1', 2.5)
    expect(result.stdout).toBe('PING 127.0.0.1 (127.0.0.1): 56 data bytes\n^C\n--- 127.0.0.1 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.040/0.058/0.077 ms\n')
    expect(result.exitCode).toBe(0)
  })
})
