import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

const EMPTY_PS = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n'

describe('docker ps', () => {
  it('prints only the header without containers', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker ps')).stdout).toBe(EMPTY_PS)
    expect((await run(engine, 'docker container ls')).stdout).toBe(EMPTY_PS)
  })

  it('lays out a running nginx like docker 28', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name nginx --network none --health-cmd='curl --fail http://localhost:80 || exit 1' nginx`)
    engine.advance(2_500)
    const lines = (await run(engine, 'docker ps')).stdout.split('\n')
    expect(lines[0]).toBe('CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                            PORTS     NAMES')
    expect(lines[1]).toMatch(/^[0-9a-f]{12}   nginx     "\/docker-entrypoint\.…"   3 seconds ago   Up 2 seconds \(health: starting\)             nginx$/)
  })

  it('shows the full command with --no-trunc', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, 'docker ps --no-trunc --format "{{.Command}}"')
    expect(result.stdout).toBe(`"/docker-entrypoint.sh nginx -g 'daemon off;'"\n`)
  })

  it('lists exited containers with -a, newest first', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run --name done0 busybox true')
    await run(engine, `docker run --name done3 busybox sh -c 'exit 3'`)
    await run(engine, 'docker create --name created busybox true')
    engine.advance(61_000)
    const result = await run(engine, 'docker ps -a --format "{{.Names}}|{{.Command}}|{{.Status}}"')
    expect(result.stdout).toBe(['created|"true"|Created', `done3|"sh -c 'exit 3'"|Exited (3) About a minute ago`, 'done0|"true"|Exited (0) About a minute ago', ''].join('\n'))
  })

  it('prints IDs only with -q', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name one busybox sleep 100')
    expect((await run(engine, 'docker ps -q')).stdout).toMatch(/^[0-9a-f]{12}\n$/)
  })

  it('renders a table template with headers', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    engine.advance(28_000)
    expect((await run(engine, `docker ps --format 'table {{.Names}}\\t{{.Status}}'`)).stdout).toBe('NAMES     STATUS\nnginx     Up 28 seconds\n')
  })

  it('filters by health status', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name good --health-cmd='true' --health-interval=1s busybox sleep 100`)
    await run(engine, 'docker run -d --name plain busybox sleep 100')
    engine.advance(2_000)
    expect((await run(engine, 'docker ps --filter health=healthy --format "{{.Names}}"')).stdout).toBe('good\n')
    expect((await run(engine, 'docker ps --filter health=none --format "{{.Names}}"')).stdout).toBe('plain\n')
  })
})

describe('docker client errors', () => {
  const cases: [string, string, number][] = [
    ['docker run --unknown-flag nginx', "unknown flag: --unknown-flag\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n", 125],
    ['docker run --health-interval=abc nginx', 'invalid argument "abc" for "--health-interval" flag: time: invalid duration "abc"\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information\n', 125],
    ['docker run --health-retries=-1 nginx', "docker: --health-retries cannot be negative\n\nRun 'docker run --help' for more information\n", 125],
    ["docker run --no-healthcheck --health-cmd='true' nginx", "docker: --no-healthcheck conflicts with --health-* options\n\nRun 'docker run --help' for more information\n", 125],
    ['docker run', "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n", 1],
    ['docker logs a b', "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n", 1],
    ['docker ps --bogus', "unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    ['docker nosuchcommand', "docker: unknown command: docker nosuchcommand\n\nRun 'docker --help' for more information\n", 1],
    ['docker run --rm --restart always nginx', "docker: conflicting options: cannot specify both --restart and --rm\n\nRun 'docker run --help' for more information\n", 125],
    ['docker run Nginx', "docker: invalid reference format: repository name (library/Nginx) must be lowercase\n\nRun 'docker run --help' for more information\n", 125],
    ['docker run -it busybox sh', 'the input device is not a TTY\n', 1],
    ['docker logs nosuch', 'Error response from daemon: No such container: nosuch\n', 1],
    ['docker start nosuch', 'Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n', 1],
    ['docker inspect nosuch', '[]\nError: No such object: nosuch\n', 1],
    ['docker inspect --format "{{.State.Health.Status" nosuch', 'template parsing error: template: :1: unclosed action\n', 64],
  ]

  for (const [line, expected, exitCode] of cases) {
    it(line, async () => {
      const result = await run(createTestEngine(), line)
      expect(result.merged).toBe(expected)
      expect(result.exitCode).toBe(exitCode)
    })
  }

  it('checks the terminal only for -it without -d', async () => {
    const engine = createTestEngine()
    const detached = await run(engine, 'docker run -d --rm -it --name shell busybox sh')
    expect(detached.stdout).toMatch(/^[0-9a-f]{64}\n$/)
    expect(detached.exitCode).toBe(0)

    const ttyOnly = await run(engine, 'docker exec -t shell true')
    expect(ttyOnly.stderr).toBe('')
    expect(ttyOnly.exitCode).toBe(0)
  })

  it('reports a name conflict with the full ID', async () => {
    const engine = createTestEngine()
    const id = (await run(engine, 'docker run -d --name nginx nginx')).stdout.trim()
    const result = await run(engine, 'docker run --name nginx --detach nginx')
    expect(result.stderr).toBe(`docker: Error response from daemon: Conflict. The container name "/nginx" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`)
    expect(result.exitCode).toBe(125)
  })

  it('refuses to remove a running container with the Engine 28 text', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    const result = await run(engine, 'docker rm nginx')
    expect(result.stderr).toBe('Error response from daemon: cannot remove container "/nginx": container is running: stop the container before removing or force remove\n')
    expect(result.exitCode).toBe(1)
  })

  it('refuses exec into a stopped container', async () => {
    const engine = createTestEngine()
    const id = (await run(engine, 'docker run -d --name nginx nginx')).stdout.trim()
    await run(engine, 'docker stop nginx')
    const result = await run(engine, 'docker exec nginx ls')
    expect(result.stderr).toBe(`Error response from daemon: container ${id} is not running\n`)
  })

  it('fails a pull for an unknown image', async () => {
    const result = await run(createTestEngine(), 'docker run nosuchimage')
    expect(result.stderr).toMatch(/^Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: Get "https:\/\/registry-1\.docker\.io\/v2\/": /)
    expect(result.exitCode).toBe(125)
  })

  it('reports a missing executable with exit 127', async () => {
    const result = await run(createTestEngine(), 'docker run busybox nosuchbinary')
    expect(result.stderr).toContain('exec: "nosuchbinary": executable file not found in $PATH: unknown')
    expect(result.exitCode).toBe(127)
  })
})

describe('docker lifecycle', () => {
  it('stops nginx gracefully with SIGQUIT', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    const started = engine.now()
    expect((await run(engine, 'docker stop nginx')).stdout).toBe('nginx\n')
    expect(engine.now() - started).toBeLessThan(200)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (0) Less than a second ago\n')
    const tail = (await run(engine, 'docker logs --tail 3 nginx')).stderr.split('\n')
    expect(tail[1]).toMatch(/\[notice\] 1#1: worker process 30 exited with code 0$/)
    expect(tail[2]).toMatch(/\[notice\] 1#1: exit$/)
  })

  it('waits the grace period before killing a process that ignores SIGTERM', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name sleeper busybox sleep 3600')
    const started = engine.now()
    await run(engine, 'docker stop sleeper')
    expect(engine.now() - started).toBeGreaterThanOrEqual(10_000)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (137) Less than a second ago\n')
  })

  it('honours stop -t', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name sleeper busybox sleep 3600')
    const started = engine.now()
    await run(engine, 'docker stop -t 2 sleeper')
    expect(engine.now() - started).toBeLessThan(3_000)
  })

  it('exits a sleep container on time', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name short busybox sleep 5')
    engine.advance(4_000)
    expect((await run(engine, 'docker ps -q')).stdout).not.toBe('')
    engine.advance(2_000)
    expect((await run(engine, 'docker ps -q')).stdout).toBe('')
  })

  it('shows Paused and refuses exec while paused', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    await run(engine, 'docker pause nginx')
    expect((await run(engine, 'docker ps --format "{{.Status}}"')).stdout).toBe('Up Less than a second (Paused)\n')
    expect((await run(engine, 'docker exec nginx ls')).stderr).toBe('Error response from daemon: Container nginx is paused, unpause the container before exec\n')
  })

  it('kills with exit code 137', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    expect((await run(engine, 'docker kill nginx')).stdout).toBe('nginx\n')
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (137) Less than a second ago\n')
  })

  it('removes with --rm when the process exits', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker run --rm busybox echo hi')).stdout).toBe('hi\n')
    expect((await run(engine, 'docker ps -aq')).stdout).toBe('')
  })

  it('removes forcefully and tolerates missing names with -f', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    const result = await run(engine, 'docker rm -f nosuch nginx')
    expect(result.stdout).toBe('nginx\n')
    expect(result.stderr).toBe('Error response from daemon: No such container: nosuch\n')
    expect(result.exitCode).toBe(0)
  })
})

describe('docker logs and inspect', () => {
  it('prints the nginx startup lines', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    const logs = await run(engine, 'docker logs nginx')
    expect(logs.stdout.split('\n')[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration')
    expect(logs.stderr).toContain('[notice] 1#1: nginx/1.27.4\n')
    expect(logs.stderr).toContain('[notice] 1#1: start worker process 30\n')
  })

  it('adds RFC 3339 timestamps with -t', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run --name hello busybox echo hello')
    expect((await run(engine, 'docker logs -t hello')).stdout).toMatch(/^2025-11-27T10:00:00\.\d+Z hello\n$/)
  })

  it('prints container JSON with the inspect fields', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx --network none nginx')
    const [document] = JSON.parse((await run(engine, 'docker inspect nginx')).stdout)
    expect(document.Name).toBe('/nginx')
    expect(document.Path).toBe('/docker-entrypoint.sh')
    expect(document.Args).toEqual(['nginx', '-g', 'daemon off;'])
    expect(document.Config.StopSignal).toBe('SIGQUIT')
    expect(document.HostConfig.NetworkMode).toBe('none')
    expect(document.State.Health).toBeUndefined()
    expect(document.Config.Healthcheck).toBeUndefined()
  })

  it('formats health log times as Go does', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name c --health-cmd='exit 1' --health-interval=2s busybox sleep 100`.replace('--name c ', '--name cc '))
    engine.advance(2_500)
    const result = await run(engine, `docker inspect --format '{{range .State.Health.Log}}{{.ExitCode}} {{.Start}}{{println}}{{end}}' cc`)
    expect(result.stdout).toMatch(/^1 2025-11-27 10:00:0\d\.\d+ \+0000 UTC\n\n$/)
  })
})

describe('docker images', () => {
  it('lists the simulator images', async () => {
    const result = await run(createTestEngine(), 'docker images')
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/)
    expect(result.stdout).toMatch(/\nnginx\s+latest\s+[0-9a-f]{12}\s+\d+ \w+ ago\s+192MB\n/)
    expect(result.stdout).toMatch(/\ntecnativa\/docker-socket-proxy\s+latest\s+1f3c9a7e52d0\s+\d+ \w+ ago\s+31\.2MB\n/)
  })
})

describe('attached docker run', () => {
  it('streams the logs and stops nginx on Ctrl-C', async () => {
    const engine = createTestEngine()
    let sleeps = 0
    let output = ''
    const io = {
      write: (text: string) => {
        output += text
      },
      sleep: async (ms: number) => {
        engine.advance(ms)
        return ++sleeps < 5
      },
      isTTY: true,
      columns: 80,
    }

    const exitCode = await engine.execute('docker run --name web nginx', io)
    expect(exitCode).toBe(0)
    expect(output).toContain('[notice] 1#1: start worker process 30\n')
    expect(output).toContain('[notice] 1#1: signal 2 (SIGINT) received, exiting\n')
    expect(output.endsWith('[notice] 1#1: exit\n')).toBe(true)
  })

  it('prints the output of a short command with its pauses', async () => {
    const engine = createTestEngine()
    const before = engine.now()
    const result = await run(engine, `docker run --rm busybox sh -c 'echo a; sleep 2; echo b'`)
    expect(result.stdout).toBe('a\nb\n')
    expect(engine.now() - before).toBeGreaterThanOrEqual(2_000)
  })
})

describe('docker ps -s', () => {
  it('adds the SIZE column with the writable layer and the image size', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const lines = (await run(engine, 'docker ps -s')).stdout.split('\n')
    expect(lines[0]).toMatch(/NAMES     SIZE$/)
    expect(lines[1]).toMatch(/web       1\.08kB \(virtual 192MB\)$/)
  })
})
