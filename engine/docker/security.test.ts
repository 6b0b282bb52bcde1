import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('--read-only and --tmpfs', () => {
  it('stops nginx on a read-only root filesystem', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name ro --read-only nginx')
    engine.advance(1_000)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (1) Less than a second ago\n')
    const logs = await run(engine, 'docker logs ro')
    expect(logs.stdout).toContain('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)\n')
    expect(logs.stderr).toContain('nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)\n')
  })

  it('runs nginx with tmpfs for its cache and pid file', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name ro --read-only --tmpfs /var/cache/nginx --tmpfs /run nginx')
    expect((await run(engine, 'docker ps --format "{{.Names}}"')).stdout).toBe('ro\n')
    expect((await run(engine, 'docker exec ro touch /x')).stderr).toBe("touch: cannot touch '/x': Read-only file system\n")
    expect((await run(engine, `docker inspect --format '{{.HostConfig.ReadonlyRootfs}} {{json .HostConfig.Tmpfs}}' ro`)).stdout).toBe('true {"/var/cache/nginx":"","/run":""}\n')
  })

  it('lets busybox write only to the tmpfs', async () => {
    const engine = createTestEngine()
    const result = await run(engine, `docker run --read-only --tmpfs /tmp busybox sh -c 'touch /tmp/ok && echo x > /file'`)
    expect(result.stderr).toBe("sh: can't create /file: Read-only file system\n")
    expect(result.exitCode).toBe(1)
  })
})

describe('--user', () => {
  it('rejects an unknown user name', async () => {
    const result = await run(createTestEngine(), 'docker run --user nosuchuser busybox id')
    expect(result.stderr).toBe("docker: Error response from daemon: unable to find user nosuchuser: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n")
    expect(result.exitCode).toBe(125)
  })

  it('runs as a numeric user and group', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker run --user 1000:1000 busybox id')).stdout).toBe('uid=1000 gid=1000 groups=1000\n')
    expect((await run(engine, `docker run --user 1000:1000 busybox sh -c 'echo x > /file'`)).stderr).toBe("sh: can't create /file: Permission denied\n")
  })

  it('runs as a named user from /etc/passwd', async () => {
    expect((await run(createTestEngine(), 'docker run --user nobody busybox id')).stdout).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n')
  })

  it('stops nginx run as a non-root user', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web --user 1000:1000 nginx')
    engine.advance(1_000)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (1) Less than a second ago\n')

    const logs = await run(engine, 'docker logs web')
    expect(logs.stdout).toContain('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)\n')
    const nginxLines = logs.stderr.replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /gm, '')
    expect(nginxLines).toBe(
      '[warn] 1#1: the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:2\n' +
        'nginx: [warn] the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:2\n' +
        '[emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)\n' +
        'nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)\n',
    )
  })
})

describe('--restart', () => {
  it('restarts on failure up to the retry count', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name boom --restart on-failure:3 busybox sh -c 'echo boom; exit 1'`)
    // The daemon learns of the exit a few milliseconds after the start.
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Up Less than a second\n')
    engine.advance(100)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Restarting (1) Less than a second ago\n')
    expect((await run(engine, `docker inspect --format '{{.RestartCount}}' boom`)).stdout).toBe('1\n')
    engine.advance(2_500)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (1) 1 second ago\n')
    expect((await run(engine, 'docker logs boom')).stdout).toBe('boom\nboom\nboom\nboom\n')
    expect((await run(engine, `docker inspect --format '{{.RestartCount}} {{json .HostConfig.RestartPolicy}}' boom`)).stdout).toBe('3 {"Name":"on-failure","MaximumRetryCount":3}\n')
  })

  it('keeps restarting with always until stopped', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name alw --restart always busybox sh -c 'exit 2'`)
    engine.advance(10_000)
    const count = Number((await run(engine, `docker inspect --format '{{.RestartCount}}' alw`)).stdout)
    expect(count).toBeGreaterThan(5)
    expect((await run(engine, 'docker rm alw')).exitCode).toBe(1)
    await run(engine, 'docker stop alw')
    engine.advance(120_000)
    expect(Number((await run(engine, `docker inspect --format '{{.RestartCount}}' alw`)).stdout)).toBe(count)
  })

  it('does not restart a container stopped by the user', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web --restart unless-stopped nginx')
    await run(engine, 'docker stop web')
    engine.advance(5_000)
    expect((await run(engine, 'docker ps -a --format "{{.State}}"')).stdout).toBe('exited\n')
  })
})

describe('binding ports below 1024', () => {
  const withoutBind = '--cap-drop ALL --cap-add CHOWN --cap-add SETUID --cap-add SETGID'

  it('needs no NET_BIND_SERVICE in a network namespace of the daemon', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web ${withoutBind} nginx`)
    engine.advance(1_000)
    expect((await run(engine, 'docker ps --format "{{.Names}} {{.State}}"')).stdout).toBe('web running\n')
  })

  it('fails without NET_BIND_SERVICE on the host network', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web --network host ${withoutBind} nginx`)
    engine.advance(1_000)
    expect((await run(engine, 'docker ps -a --format "{{.Names}} {{.State}}"')).stdout).toBe('web exited\n')
    expect((await run(engine, 'docker logs web')).stderr).toContain('nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)\n')
  })
})
