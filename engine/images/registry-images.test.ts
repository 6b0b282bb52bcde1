import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { NGINX_INDEX_HTML } from './nginx-files'
import { rainbow } from '../shell/cowsay'

const LOLCOW_OUTPUT = [
  ' ______________________________',
  '< Thu Nov 27 10:00:05 UTC 2025 >',
  ' ------------------------------',
  '        \\   ^__^',
  '         \\  (oo)\\_______',
  '            (__)\\       )\\/\\',
  '                ||----w |',
  '                ||     ||',
  '',
].join('\n')

describe('nginxinc/nginx-unprivileged', () => {
  it('serves on 8080 as uid 101 with a read-only root and tmpfs /tmp', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q nginxinc/nginx-unprivileged')

    const started = await run(engine, 'docker run -d --name web --read-only --tmpfs /tmp -p 8080:8080 nginxinc/nginx-unprivileged')
    expect(started.exitCode).toBe(0)
    expect((await run(engine, 'docker exec web id')).stdout).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)\n')
    expect((await run(engine, 'curl -s http://localhost:8080/')).stdout).toBe(NGINX_INDEX_HTML)
    expect((await run(engine, "docker ps --format '{{.Status}}|{{.Ports}}'")).stdout).toBe('Up Less than a second|0.0.0.0:8080->8080/tcp, [::]:8080->8080/tcp\n')
  })

  it('refuses connections on port 80', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginxinc/nginx-unprivileged:1.27')
    const result = await run(engine, 'docker exec web curl -s http://localhost/')
    expect(result.exitCode).toBe(7)
    expect((await run(engine, 'docker exec web curl -s http://localhost:8080/')).stdout).toBe(NGINX_INDEX_HTML)
  })

  it('stops on a read-only root without tmpfs', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q nginxinc/nginx-unprivileged:1.27-alpine')
    const result = await run(engine, 'docker run --read-only nginxinc/nginx-unprivileged:1.27-alpine')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/\[emerg\] 1#1: mkdir\(\) "\/tmp\/client_temp" failed \(30: Read-only file system\)\nnginx: \[emerg\] mkdir\(\) "\/tmp\/client_temp" failed \(30: Read-only file system\)\n$/)
  })

  it('declares user, port, pid file and temp paths', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q nginxinc/nginx-unprivileged:1.27-alpine')
    const config = await run(engine, "docker inspect --format '{{.Config.User}} {{json .Config.ExposedPorts}} {{.Config.StopSignal}}' nginxinc/nginx-unprivileged:1.27-alpine")
    expect(config.stdout).toBe('101 {"8080/tcp":{}} SIGQUIT\n')

    const conf = "docker run --rm nginxinc/nginx-unprivileged:1.27-alpine grep"
    expect((await run(engine, `${conf} pid /etc/nginx/nginx.conf`)).stdout).toBe('pid        /tmp/nginx.pid;\n')
    expect((await run(engine, `${conf} client_body /etc/nginx/nginx.conf`)).stdout).toBe('    client_body_temp_path /tmp/client_temp;\n')
    expect((await run(engine, `${conf} -c ^user /etc/nginx/nginx.conf`)).stdout).toBe('0\n')
  })

  it('lists its tags and history', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q nginxinc/nginx-unprivileged')
    await run(engine, 'docker pull -q nginxinc/nginx-unprivileged:1.27')
    const images = await run(engine, 'docker images nginxinc/nginx-unprivileged')
    expect(images.stdout).toBe(
      'REPOSITORY                    TAG       IMAGE ID       CREATED      SIZE\n' +
        'nginxinc/nginx-unprivileged   latest    7daed9060b5d   9 days ago   192MB\n' +
        'nginxinc/nginx-unprivileged   1.27      7daed9060b5d   9 days ago   192MB\n',
    )

    const history = (await run(engine, "docker history --format '{{.CreatedBy}}|{{.Size}}' nginxinc/nginx-unprivileged")).stdout.split('\n')
    expect(history[0]).toBe('CMD ["nginx" "-g" "daemon off;"]|0B')
    expect(history[1]).toBe('USER 101|0B')
    expect(history[4]).toBe('EXPOSE map[8080/tcp:{}]|0B')
    expect(history.length).toBe(20)
  })
})

describe('nginx-unprivileged as a build base', () => {
  it('serves a page copied into it', async () => {
    const engine = createTestEngine()
    engine.writeHostFile('~/sito/Dockerfile', 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY index.html /usr/share/nginx/html/index.html\n')
    engine.writeHostFile('~/sito/index.html', '<h1>Ciao</h1>\n')
    expect((await run(engine, 'cd ~/sito && docker build -q -t sito .')).exitCode).toBe(0)

    await run(engine, 'docker run -d --name sito --read-only --tmpfs /tmp -p 8080:8080 sito')
    expect((await run(engine, 'curl -s localhost:8080')).stdout).toBe('<h1>Ciao</h1>\n')
    expect((await run(engine, "docker inspect --format '{{.Config.User}}' sito")).stdout).toBe('101\n')
  })
})

describe('sylabsio/lolcow', () => {
  it('prints the date through cowsay', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q sylabsio/lolcow')
    const result = await run(engine, 'docker run --rm sylabsio/lolcow')
    expect(result.stdout).toBe(LOLCOW_OUTPUT)
    expect(result.exitCode).toBe(0)
  })

  it('colours the cow on a terminal', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q sylabsio/lolcow')
    const result = await run(engine, 'docker run --rm -t sylabsio/lolcow', true)
    expect(result.stdout).toBe(rainbow(LOLCOW_OUTPUT))
  })

  it('keeps the programs under /usr/games', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q sylabsio/lolcow')
    expect((await run(engine, 'docker run --rm sylabsio/lolcow sh -c "type cowsay lolcat fortune"')).stdout).toBe('cowsay is /usr/games/cowsay\nlolcat is /usr/games/lolcat\nfortune is /usr/games/fortune\n')
    expect((await run(engine, 'docker image inspect --format \'{{json .Config.Cmd}} {{.Size}}\' sylabsio/lolcow')).stdout).toBe('["/bin/sh","-c","date | cowsay | lolcat"] 222000752\n')
  })
})

describe('node alpine images', () => {
  it('runs as root with a node user of uid 1000', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q node:22-alpine')
    expect((await run(engine, 'docker run --rm node:22-alpine id node')).stdout).toBe('uid=1000(node) gid=1000(node) groups=1000(node)\n')
    expect((await run(engine, 'docker run --rm --user node node:22-alpine sh -c "whoami; cat /etc/alpine-release"')).stdout).toBe('node\n3.22.2\n')
    expect((await run(engine, 'docker run --rm node:22-alpine id nobody2')).stderr).toBe('id: unknown user nobody2\n')
  })

  it('shares one image ID between alpine and 25-alpine', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q node:alpine')
    await run(engine, 'docker pull -q node:25-alpine')
    const images = await run(engine, 'docker images node')
    expect(images.stdout).toBe(
      'REPOSITORY   TAG         IMAGE ID       CREATED      SIZE\n' +
        'node         alpine      dbde29f401c2   9 days ago   172MB\n' +
        'node         25-alpine   dbde29f401c2   9 days ago   172MB\n',
    )
    expect((await run(engine, 'docker run --rm node:alpine node --version')).stdout).toBe('v25.2.1\n')
  })

  it('keeps the upstream entrypoint and history', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q node:20-alpine')
    const config = await run(engine, "docker inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{index .Config.Env 1}}' node:20-alpine")
    expect(config.stdout).toBe('["docker-entrypoint.sh"] ["node"] NODE_VERSION=20.19.5\n')
    const history = await run(engine, "docker history --format '{{.CreatedBy}}' node:20-alpine")
    expect(history.stdout.split('\n')[0]).toBe('CMD ["node"]')
    expect(history.stdout.split('\n')[8]).toBe('ADD alpine-minirootfs-3.22.2-x86_64.tar.gz /…')
  })
})

describe('nginx version tags', () => {
  it('pulls nginx:1.27 as the stored nginx image', async () => {
    const engine = createTestEngine()
    const pulled = await run(engine, 'docker pull nginx:1.27')
    expect(pulled.stdout).toMatch(/^1\.27: Pulling from library\/nginx\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for nginx:1\.27\ndocker\.io\/library\/nginx:1\.27\n$/)

    const ids = await run(engine, "docker images --format '{{.Tag}} {{.ID}}' nginx")
    const [latest, versioned] = ids.stdout.trim().split('\n').map((line) => line.split(' ')[1])
    expect(versioned).toBe(latest)
  })

  it('runs the lesson nginx:1.27 command and serves the page', async () => {
    const engine = createTestEngine()
    const started = await run(engine, 'docker run -d --name web -p 127.0.0.1:8080:80 nginx:1.27')
    expect(started.exitCode).toBe(0)
    expect(started.stderr).toMatch(/^Unable to find image 'nginx:1\.27' locally\n1\.27: Pulling from library\/nginx\n/)
    expect((await run(engine, 'curl -s http://127.0.0.1:8080/')).stdout).toBe(NGINX_INDEX_HTML)
  })
})

describe('mariadb:11.4', () => {
  it('runs the pinned series and logs its own version', async () => {
    const engine = createTestEngine()
    const started = await run(engine, "docker run -d --name db -e MARIADB_ROOT_PASSWORD=pw --health-cmd='mariadb-admin -ppw ping -h localhost' --health-interval=20s mariadb:11.4")
    expect(started.exitCode).toBe(0)
    engine.advance(25_000)

    expect((await run(engine, 'docker ps --format "{{.Image}} {{.Status}}"')).stdout).toBe('mariadb:11.4 Up 25 seconds (healthy)\n')
    const logs = await run(engine, 'docker logs db')
    expect(logs.stdout).toContain('[Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.8+maria~ubu2404 started.\n')
    expect(logs.stderr).toContain("Version: '11.4.8-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution\n")
    expect((await run(engine, "docker inspect --format '{{index .Config.Labels \"org.opencontainers.image.version\"}}' mariadb:11.4")).stdout).toBe('11.4.8\n')
  })
})
