import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { EXEC_START_MS } from '../docker/exec'

async function nginxEngine() {
  const engine = createTestEngine()
  await run(engine, 'docker run -d --name web nginx')
  return engine
}

describe('container shell in nginx (dash, coreutils)', () => {
  it('lists the html directory like ls -l', async () => {
    const result = await run(await nginxEngine(), 'docker exec web ls -l /usr/share/nginx/html/')
    expect(result.stdout).toBe('total 8\n-rw-r--r-- 1 root root 497 Feb  5  2025 50x.html\n-rw-r--r-- 1 root root 615 Feb  5  2025 index.html\n')
  })

  it('moves a file and answers 403 afterwards', async () => {
    const engine = await nginxEngine()
    expect((await run(engine, `docker exec web sh -c 'mv /usr/share/nginx/html/index.html /usr/share/nginx/html/index.html.1'`)).exitCode).toBe(0)
    const result = await run(engine, 'docker exec web curl -sf http://localhost/')
    expect(result.exitCode).toBe(22)
    expect(result.merged).toBe('')
    const logs = (await run(engine, 'docker logs --tail 2 web')).merged
    expect(logs).toContain('directory index of "/usr/share/nginx/html/" is forbidden, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", host: "localhost"')
    expect(logs).toContain('"GET / HTTP/1.1" 403 153 "-" "curl/7.88.1" "-"')
  })

  it('prints curl errors with --fail', async () => {
    const engine = await nginxEngine()
    await run(engine, 'docker exec web rm /usr/share/nginx/html/index.html')
    const result = await run(engine, 'docker exec web curl --fail http://localhost:80')
    expect(result.stderr.endsWith('curl: (22) The requested URL returned error: 403\n')).toBe(true)
  })

  it('reports coreutils errors', async () => {
    const engine = await nginxEngine()
    expect((await run(engine, 'docker exec web ls /nope')).stderr).toBe("ls: cannot access '/nope': No such file or directory\n")
    expect((await run(engine, 'docker exec web mv /a /b')).stderr).toBe("mv: cannot stat '/a': No such file or directory\n")
    expect((await run(engine, 'docker exec web cat /nope')).stderr).toBe('cat: /nope: No such file or directory\n')
  })

  it('reports dash errors with the line number', async () => {
    const engine = await nginxEngine()
    const result = await run(engine, `docker exec web sh -c 'nosuch'`)
    expect(result.stderr).toBe('sh: 1: nosuch: not found\n')
    expect(result.exitCode).toBe(127)
  })

  it('checks permissions for non-root users', async () => {
    const engine = await nginxEngine()
    const result = await run(engine, `docker exec -u nginx web sh -c 'echo x > /usr/share/nginx/html/new.html'`)
    expect(result.stderr).toBe('sh: 1: cannot create /usr/share/nginx/html/new.html: Permission denied\n')
    expect(result.exitCode).toBe(1)
  })

  it('runs lists, redirects and exit codes', async () => {
    const engine = await nginxEngine()
    const result = await run(engine, `docker exec web sh -c 'echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f; test -f /nope || exit 4'`)
    expect(result.stdout).toBe('one\ntwo\n')
    expect(result.exitCode).toBe(4)
  })

  it('expands container variables inside sh -c', async () => {
    const engine = await nginxEngine()
    expect((await run(engine, `docker exec web sh -c 'echo $NGINX_VERSION'`)).stdout).toBe('1.27.4\n')
    expect((await run(engine, `docker exec -e GREETING=ciao web sh -c 'echo $GREETING'`)).stdout).toBe('ciao\n')
  })

  it('sleeps in virtual time', async () => {
    const engine = await nginxEngine()
    const before = engine.now()
    await run(engine, 'docker exec web sleep 5')
    expect(engine.now() - before).toBe(EXEC_START_MS + 5_000)
  })
})

describe('container shell in busybox (ash)', () => {
  it('prints BusyBox messages', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name bb busybox sleep 1000')
    expect((await run(engine, 'docker exec bb ls /nope')).stderr).toBe('ls: /nope: No such file or directory\n')
    expect((await run(engine, `docker exec bb sh -c 'curl http://localhost'`)).stderr).toBe('sh: curl: not found\n')
    expect((await run(engine, 'docker exec -u 1000 bb sh -c "echo x > /file"')).stderr).toBe("sh: can't create /file: Permission denied\n")
  })

  it('shows the user as uid without a passwd entry', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name bb busybox sleep 1000')
    expect((await run(engine, 'docker exec -u 1000:1000 bb id')).stdout).toBe('uid=1000 gid=1000 groups=1000\n')
  })

  it('lists processes with ps', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name bb busybox sleep 1000')
    expect((await run(engine, 'docker exec bb ps')).stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n   40 root      0:00 ps\n')
  })
})

describe('interactive sessions', () => {
  it('attaches docker exec -it to a bash prompt and returns on exit', async () => {
    const engine = await nginxEngine()
    expect((await run(engine, 'docker exec -it web bash', true)).exitCode).toBe(0)
    expect(engine.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/)
    await run(engine, 'cd /etc', true)
    expect(engine.prompt()).toMatch(/:\/etc# $/)
    expect((await run(engine, 'exit 3', true)).stdout).toBe('exit\n')
    expect(engine.prompt()).toBe('studente@host:~$ ')
    expect((await run(engine, 'echo $?')).stdout).toBe('3\n')
    expect((await run(engine, 'docker ps -q')).stdout).not.toBe('')
  })

  it('stops a docker run -it container when its shell exits', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -it --name bb busybox sh', true)
    expect(engine.prompt()).toBe('/ # ')
    await run(engine, 'exit', true)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (0) Less than a second ago\n')
  })
})
