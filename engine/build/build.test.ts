import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { captureIO, createTestEngine, run } from '../test/harness'

const PYTHON_BAD_ORDER = `FROM python:3.9-slim
WORKDIR /app
COPY sample.py .
COPY requirements.txt .
RUN pip install -r requirements.txt
`

const PYTHON_GOOD_ORDER = `FROM python:3.9-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY sample.py .
`

const MULTI_STAGE = `FROM busybox AS builder
WORKDIR /src
RUN echo '#!/bin/sh' > app.sh && echo 'echo "ciao dal multi-stage"' >> app.sh && chmod +x app.sh

FROM busybox
COPY --from=builder /src/app.sh /usr/local/bin/app.sh
CMD ["app.sh"]
`

function writeFiles(engine: Engine, dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) engine.writeHostFile(`${dir}/${path}`, content)
}

async function build(engine: Engine, dir: string, flags = ''): Promise<Awaited<ReturnType<typeof run>>> {
  await run(engine, `cd ~/${dir}`)
  return run(engine, `docker build ${flags} .`)
}

/** Parses `docker images` into rows of repository, tag, ID, created and size. */
async function imageRows(engine: Engine): Promise<string[][]> {
  const lines = (await run(engine, 'docker images')).stdout.split('\n').slice(1, -1)
  return lines.map((line) => line.split(/ {2,}/))
}

async function imageSize(engine: Engine, name: string): Promise<string | undefined> {
  return (await imageRows(engine)).find((row) => row[0] === name)?.[4]
}

/** Returns the `#N` block of the step whose title contains `title`. */
function vertex(output: string, title: string): string {
  const block = output.split('\n\n').find((part) => part.split('\n')[0]!.includes(title))
  if (block === undefined) throw new Error(`no vertex "${title}" in:\n${output}`)
  return block
}

function doneSeconds(block: string): number {
  const match = /DONE (\d+\.\d)s/.exec(block)
  return match ? Number(match[1]) : 0
}

describe('docker build output', () => {
  it('prints BuildKit plain progress lines', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'app', { Dockerfile: PYTHON_GOOD_ORDER, 'requirements.txt': 'flask==3.0.3\n', 'sample.py': 'print("ciao")\n' })
    const result = await build(engine, 'app', '-t demo')

    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe('#0 building with "default" instance using docker driver')
    expect(result.stderr).toContain('\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 111B done\n#1 DONE 0.0s\n')
    expect(result.stderr).toContain('\n#2 [internal] load metadata for docker.io/library/python:3.9-slim\n#2 DONE 0.6s\n')
    expect(result.stderr).toContain('\n#3 [internal] load .dockerignore\n#3 transferring context: 2B done\n#3 DONE 0.0s\n')
    expect(result.stderr).toContain('\n#4 [1/5] FROM docker.io/library/python:3.9-slim\n#4 resolve docker.io/library/python:3.9-slim@sha256:')
    expect(result.stderr).toContain('\n#5 [2/5] WORKDIR /app\n#5 DONE 0.0s\n')
    expect(result.stderr).toContain('\n#6 [internal] load build context\n#6 transferring context: 27B done\n')
    expect(result.stderr).toMatch(/\n#8 \[4\/5\] RUN pip install -r requirements\.txt\n#8 0\.\d{3} Collecting flask==3\.0\.3 \(from -r requirements\.txt \(line 1\)\)\n/)
    expect(result.stderr).toMatch(/\n#10 exporting to image\n#10 exporting layers\n#10 exporting layers \d+\.\ds done\n#10 writing image sha256:[0-9a-f]{64} done\n#10 naming to docker\.io\/library\/demo:latest done\n#10 DONE \d+\.\ds\n$/)
  })

  it('prints only the image ID with -q', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'q', { Dockerfile: 'FROM busybox\nCMD ["true"]\n' })
    const result = await build(engine, 'q', '-q')

    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/)
  })

  it('reports a failing RUN like BuildKit', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'fail', { Dockerfile: 'FROM busybox\nRUN echo partial && exit 3\n' })
    const result = await build(engine, 'fail', '-t failing')

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('#5 ERROR: process "/bin/sh -c echo partial && exit 3" did not complete successfully: exit code: 3\n')
    expect(result.stderr).toContain('------\n > [2/2] RUN echo partial && exit 3:\n#5 0.150 partial\n------\n')
    expect(result.stderr).toContain('Dockerfile:2\n--------------------\n   1 |     FROM busybox\n   2 | >>> RUN echo partial && exit 3\n')
    expect(result.stderr).toMatch(/ERROR: failed to solve: process "\/bin\/sh -c echo partial && exit 3" did not complete successfully: exit code: 3\n$/)
    expect((await run(engine, 'docker images failing')).stdout.split('\n')).toHaveLength(2)
  })

  it('reports a COPY source that is not in the context', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'badcopy', { Dockerfile: 'FROM busybox\nCOPY nosuch.txt /app/\n' })
    const result = await build(engine, 'badcopy')

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/#\d+ ERROR: failed to calculate checksum of ref [0-9a-f-]+::[0-9a-f]+: "\/nosuch\.txt": not found\n/)
    expect(result.stderr).toMatch(/ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref .*: "\/nosuch\.txt": not found\n$/)
  })

  it('reports an unknown instruction and a missing base image', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'badinstr', { Dockerfile: 'FROM busybox\nFOO bar\n' })
    writeFiles(engine, 'nobase', { Dockerfile: 'FROM nosuchbase:1.0\n' })

    const unknown = await build(engine, 'badinstr')
    expect(unknown.exitCode).toBe(1)
    expect(unknown.stderr).toMatch(/ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: FOO\n$/)

    const missing = await build(engine, 'nobase')
    expect(missing.exitCode).toBe(1)
    expect(missing.stderr).toContain('#2 [internal] load metadata for docker.io/library/nosuchbase:1.0\n#2 ERROR: failed to do request: Head "https://registry-1.docker.io/v2/library/nosuchbase/manifests/1.0"')
    expect(missing.stderr).toContain('ERROR: failed to solve: nosuchbase:1.0: failed to resolve source metadata for docker.io/library/nosuchbase:1.0:')
  })

  it('rejects an upper-case tag and a missing context', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'ok', { Dockerfile: 'FROM busybox\n' })

    const tag = await build(engine, 'ok', '-t Upper')
    expect(tag.exitCode).toBe(1)
    expect(tag.stderr.split('\n')[0]).toBe('ERROR: invalid tag "Upper": repository name must be lowercase')

    const context = await run(engine, 'docker build -t x nosuchdir')
    expect(context.stderr).toBe('ERROR: unable to prepare context: path "nosuchdir" not found\n')
  })

  it('stops on Ctrl-C like a cancelled build', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'slow', { Dockerfile: 'FROM python:3.9-slim\nRUN pip install flask\n' })
    await run(engine, 'cd ~/slow')
    const { io, take } = captureIO(engine)
    let waited = 0
    const exitCode = await engine.execute('docker build -t slow .', {
      ...io,
      sleep: async (ms) => {
        waited += ms
        engine.advance(ms)
        return waited < 5_000
      },
    })

    expect(exitCode).toBe(1)
    expect(take().stderr).toMatch(/ERROR: failed to solve: Canceled: context canceled\n$/)
    expect((await imageRows(engine)).map((row) => row[0])).not.toContain('slow')
  })

  it('builds a Dockerfile from standard input', async () => {
    const engine = createTestEngine()
    const result = await run(engine, `echo 'FROM busybox' | docker build -t piped -`)

    expect(result.exitCode).toBe(0)
    expect((await imageRows(engine)).map((row) => row[0])).toContain('piped')
  })
})

describe('docker build cache', () => {
  it('invalidates exactly the steps from the changed COPY on', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'app', { Dockerfile: PYTHON_GOOD_ORDER, 'requirements.txt': 'flask==3.0.3\n', 'sample.py': 'print("ciao")\n' })
    await build(engine, 'app', '-t demo')
    engine.writeHostFile('app/sample.py', 'print("ciao di nuovo")\n')
    const second = await build(engine, 'app', '-t demo')

    expect(vertex(second.stderr, 'WORKDIR /app')).toContain('CACHED')
    expect(vertex(second.stderr, 'COPY requirements.txt')).toContain('CACHED')
    expect(vertex(second.stderr, 'RUN pip install')).toContain('CACHED')
    expect(vertex(second.stderr, 'COPY sample.py')).toMatch(/DONE/)
  })

  it('reruns pip when the source is copied first', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'bad', { Dockerfile: PYTHON_BAD_ORDER, 'requirements.txt': 'flask==3.0.3\n', 'sample.py': 'print("ciao")\n' })
    const first = await build(engine, 'bad', '-t bad')
    engine.writeHostFile('bad/sample.py', 'print("ciao di nuovo")\n')
    const second = await build(engine, 'bad', '-t bad')

    expect(vertex(second.stderr, 'COPY sample.py')).toMatch(/DONE/)
    expect(vertex(second.stderr, 'COPY requirements.txt')).toMatch(/DONE/)
    const pip = vertex(second.stderr, 'RUN pip install')
    expect(pip).toContain('Collecting flask==3.0.3')
    expect(doneSeconds(pip)).toBeGreaterThan(5)
    expect(doneSeconds(pip)).toBe(doneSeconds(vertex(first.stderr, 'RUN pip install')))
  })

  it('changes the cache key when a build argument changes', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'arg', { Dockerfile: 'FROM busybox\nARG LEVEL=1\nRUN echo "level $LEVEL"\n' })
    await build(engine, 'arg')
    const same = await build(engine, 'arg')
    const changed = await build(engine, 'arg', '--build-arg LEVEL=2')

    expect(vertex(same.stderr, 'RUN echo')).toContain('CACHED')
    expect(vertex(changed.stderr, 'RUN echo')).toContain('level 2')
  })

  it('runs every step again with --no-cache', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'nc', { Dockerfile: 'FROM busybox\nRUN echo hi\n' })
    await build(engine, 'nc')
    const again = await build(engine, 'nc', '--no-cache')

    expect(vertex(again.stderr, 'RUN echo hi')).toContain('hi')
    expect(again.stderr).not.toContain('CACHED')
  })

  it('keeps the image ID when every step is cached', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'same', { Dockerfile: 'FROM busybox\nENV A=1\nRUN echo hi\nCMD ["sh"]\n' })
    const first = await build(engine, 'same', '-q')
    engine.advance(60_000)
    const second = await build(engine, 'same', '-q')

    expect(second.stdout).toBe(first.stdout)
  })
})

describe('docker build sizes', () => {
  it('keeps apt lists removed in a later layer', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'three', { Dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n' })
    writeFiles(engine, 'one', { Dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*\n' })
    await build(engine, 'three', '-t three')
    await build(engine, 'one', '-t one')

    const history = (await run(engine, 'docker history three')).stdout.split('\n')
    expect(history[1]).toMatch(/RUN \/bin\/sh -c rm -rf \/var\/lib\/apt\/lists\/\* #… +0B /)
    expect(history[3]).toMatch(/RUN \/bin\/sh -c apt-get update # buildkit +9\.34MB /)
    expect(await imageSize(engine, 'three')).toBe('91.6MB')
    expect(await imageSize(engine, 'one')).toBe('82.3MB')
  })

  it('adds less with --no-install-recommends', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'rec', { Dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' })
    writeFiles(engine, 'norec', { Dockerfile: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' })
    await build(engine, 'rec', '-t rec')
    await build(engine, 'norec', '-t norec')

    expect(await imageSize(engine, 'rec')).toBe('82.3MB')
    expect(await imageSize(engine, 'norec')).toBe('80.2MB')
  })

  it('keeps only the final stage in a multi-stage build', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'multi', { Dockerfile: MULTI_STAGE })
    const result = await build(engine, 'multi', '-t multi-demo')

    expect(result.stderr).toContain('#4 [builder 1/3] FROM docker.io/library/busybox\n')
    expect(result.stderr).toContain('[stage-1 2/2] COPY --from=builder /src/app.sh /usr/local/bin/app.sh\n')
    expect(result.stderr).not.toContain('[stage-1 1/2] FROM')
    expect(await imageSize(engine, 'multi-demo')).toBe('4.28MB')

    const history = (await run(engine, 'docker history multi-demo')).stdout.split('\n')
    expect(history).toHaveLength(6)
    expect(history[2]).toMatch(/^<missing> +.* COPY \/src\/app\.sh \/usr\/local\/bin\/app\.sh # bui… +38B +buildkit\.dockerfile\.v0$/)
    expect(history[3]).toMatch(/^<missing> +.* CMD \["sh"\] +0B +buildkit\.dockerfile\.v0$/)
    expect(history[4]).toMatch(/^<missing> +.* ADD busybox\.tar\.xz \/ # buildkit +4\.28MB +buildkit\.dockerfile\.v0$/)
    expect((await run(engine, 'docker run --rm multi-demo')).stdout).toBe('ciao dal multi-stage\n')
  })

  it('builds only the target stage and its dependencies', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'multi', { Dockerfile: MULTI_STAGE })
    const result = await build(engine, 'multi', '--target builder -t multi-builder')

    expect(result.stderr).toContain('[builder 3/3] RUN')
    expect(result.stderr).not.toContain('stage-1')
    expect((await run(engine, 'docker run --rm multi-builder ls /src')).stdout).toBe('app.sh\n')

    const missing = await build(engine, 'multi', '--target nosuch')
    expect(missing.stderr).toMatch(/ERROR: failed to solve: target stage "nosuch" could not be found\n$/)
  })

  it('builds the Go and distroless example of the lesson', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'go', {
      Dockerfile: 'FROM golang:1.23-bookworm AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server ./cmd/server\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n',
      'go.mod': 'module example.com/server\n\ngo 1.23\n',
      'go.sum': '',
      'cmd/server/main.go': 'package main\n\nfunc main() {}\n',
    })
    const result = await build(engine, 'go', '-t server')

    expect(result.exitCode).toBe(0)
    expect(await imageSize(engine, 'server')).toBe('9.79MB')
    expect((await run(engine, `docker image inspect --format '{{json .Config.User}}' server`)).stdout).toBe('"65532"\n')
  })
})

describe('docker build context', () => {
  const IGNORE_FILES = {
    Dockerfile: 'FROM busybox\nCOPY . /app\nRUN ls -a /app /app/.git /app/node_modules/left-pad\n',
    '.env': 'DB_PASSWORD=hunter2\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    'db.secret': 'secret\n',
    'node_modules/left-pad/blob.bin': 'x'.repeat(300_000),
    'src/index.js': 'console.log("ciao")\n',
  }

  it('sends and copies the whole directory without .dockerignore', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'none', IGNORE_FILES)
    const result = await build(engine, 'none')

    expect(vertex(result.stderr, 'load build context')).toContain('transferring context: 300.1kB done')
    const listing = vertex(result.stderr, 'RUN ls -a /app')
    const lines = (names: string[]): string => names.map((name) => `#7 0.150 ${name}\n`).join('')
    expect(listing).toContain(lines(['/app:', '.', '..', '.env', '.git', 'Dockerfile', 'db.secret', 'node_modules', 'src']))
    expect(listing).toContain(lines(['/app/node_modules/left-pad:', '.', '..', 'blob.bin']))
  })

  it('leaves out what .dockerignore excludes', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'ignore', { ...IGNORE_FILES, Dockerfile: 'FROM busybox\nCOPY . /app\n', '.dockerignore': '.git\nnode_modules\n*.secret\n.env\n' })
    const result = await build(engine, 'ignore', '-t ignore-demo')

    expect(vertex(result.stderr, 'load .dockerignore')).toContain('transferring context: 32B done')
    expect(vertex(result.stderr, 'load build context')).toContain('transferring context: 77B done')
    const listing = (await run(engine, 'docker run --rm ignore-demo ls -a /app')).stdout
    expect(listing).toBe('.\n..\n.dockerignore\nDockerfile\nsrc\n')
  })

  it('sends only changed files on the next build', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'ctx', { Dockerfile: 'FROM busybox\nCOPY . /app\n', 'a.txt': 'a'.repeat(1000) })
    await build(engine, 'ctx')
    engine.writeHostFile('ctx/b.txt', 'bb\n')
    const second = await build(engine, 'ctx')

    expect(vertex(second.stderr, 'load build context')).toContain('transferring context: 3B done')
  })
})

describe('docker build secrets', () => {
  const FILES = {
    Dockerfile: 'FROM node:22-bookworm-slim\nARG NPM_TOKEN\nENV API_KEY=sk-live-123\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && \\\n    npm ci && \\\n    rm .npmrc\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    'package.json': '{"dependencies":{"express":"^4.21.0"}}\n',
    'package-lock.json': '{}\n',
    npmrc: '//registry.npmjs.org/:_authToken=s3cr3t-from-file\n',
  }

  it('shows ARG and ENV values in history and inspect', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'sec', FILES)
    const result = await build(engine, 'sec', '--build-arg NPM_TOKEN=tok-999 --secret id=npmrc,src=npmrc -t sec')

    expect(result.stderr).toContain('\n 2 warnings found (use docker --debug to expand):\n - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN") (line 2)\n')
    const history = (await run(engine, 'docker history --no-trunc --format "{{.CreatedBy}}" sec')).stdout
    expect(history).toContain('RUN |1 NPM_TOKEN=tok-999 /bin/sh -c echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc')
    expect(history).toContain('ENV API_KEY=sk-live-123\n')
    expect((await run(engine, `docker image inspect --format '{{json .Config.Env}}' sec`)).stdout).toContain('"API_KEY=sk-live-123"')
  })

  it('does not keep a secret mount in the image', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'sec', FILES)
    await build(engine, 'sec', '--build-arg NPM_TOKEN=tok-999 --secret id=npmrc,src=npmrc -t sec')

    const history = (await run(engine, 'docker history --no-trunc --format "{{.CreatedBy}}" sec')).stdout
    expect(history).not.toContain('s3cr3t-from-file')
    expect(history).toContain('RUN |1 NPM_TOKEN=tok-999 /bin/sh -c npm ci # buildkit\n')
    expect((await run(engine, 'docker run --rm sec cat /root/.npmrc')).stderr).toBe('cat: /root/.npmrc: No such file or directory\n')
    expect((await run(engine, 'docker run --rm sec ls -a /app')).stdout).not.toContain('.npmrc')
  })

  it('sees the secret file while the RUN runs', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'see', { Dockerfile: 'FROM busybox\nRUN --mount=type=secret,id=token cat /run/secrets/token\n', token: 'abc123\n' })
    const result = await build(engine, 'see', '--secret id=token,src=token')

    expect(vertex(result.stderr, 'RUN --mount=type=secret,id=token')).toContain('abc123')
  })
})

describe('built image in docker run', () => {
  it('runs as USER with read-only, root-owned executables', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'nr', {
      Dockerfile: 'FROM debian:bookworm-slim\nRUN groupadd --system app && \\\n    useradd --system --gid app --no-create-home app\nENV APP_HOME=/app\nWORKDIR $APP_HOME\nCOPY app-files/ $APP_HOME/\nRUN chmod 555 $APP_HOME/my-app-entrypoint.sh\nUSER app\nENTRYPOINT ["/app/my-app-entrypoint.sh"]\n',
      'app-files/my-app-entrypoint.sh': '#!/bin/sh\nid\n',
    })
    await build(engine, 'nr', '-t nr')

    expect((await run(engine, 'docker run --rm nr')).stdout).toBe('uid=999(app) gid=999(app) groups=999(app)\n')
    expect((await run(engine, 'docker run --rm --entrypoint ls nr -l /app')).stdout).toMatch(/^total \d+\n-r-xr-xr-x 1 root root 13 \w{3} +\d+ \d\d:\d\d my-app-entrypoint\.sh\n$/)
    const write = await run(engine, `docker run --rm --entrypoint sh nr -c 'echo x > /app/my-app-entrypoint.sh'`)
    expect(write.stderr).toContain('Permission denied')
  })

  it('runs the script of a shell-form ENTRYPOINT', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'shellform', {
      Dockerfile: 'FROM busybox\nCOPY start.sh /app/\nRUN chmod 555 /app/start.sh\nENTRYPOINT /app/start.sh\n',
      'start.sh': '#!/bin/sh\necho avvio\n',
    })
    const result = await build(engine, 'shellform', '-t shellform')

    expect(result.stderr).toContain('JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT')
    expect((await run(engine, 'docker run --rm shellform')).stdout).toBe('avvio\n')
    expect((await run(engine, 'docker run --rm shellform ignored args')).stdout).toBe('avvio\n')
  })

  it('applies HEALTHCHECK and EXPOSE from the Dockerfile', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'hc', { Dockerfile: 'FROM nginx\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s \\\n  CMD curl -f http://localhost/ || exit 1\n' })
    await build(engine, 'hc', '-t web-hc')

    expect((await run(engine, `docker inspect --format '{{json .Config.Healthcheck}}' web-hc`)).stdout).toBe('{"Test":["CMD-SHELL","curl -f http://localhost/ || exit 1"],"Interval":30000000000,"Timeout":3000000000,"StartPeriod":5000000000}\n')
    await run(engine, 'docker run -d --name web web-hc')
    engine.advance(6_000)
    expect((await run(engine, 'docker ps --format "{{.Status}}"')).stdout).toMatch(/\(healthy\)/)
  })

  it('disables an inherited health check with HEALTHCHECK NONE', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'base', { Dockerfile: 'FROM busybox\nHEALTHCHECK CMD true\n' })
    writeFiles(engine, 'none', { Dockerfile: 'FROM with-hc\nHEALTHCHECK NONE\n' })
    await build(engine, 'base', '-t with-hc')
    await build(engine, 'none', '-t without-hc')

    expect((await run(engine, `docker inspect --format '{{json .Config.Healthcheck}}' without-hc`)).stdout).toBe('{"Test":["NONE"]}\n')
  })

  it('uses ENTRYPOINT and CMD together', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'ep', { Dockerfile: 'FROM busybox\nENTRYPOINT ["echo", "ciao"]\nCMD ["mondo"]\n' })
    await build(engine, 'ep', '-t ep')

    expect((await run(engine, 'docker run --rm ep')).stdout).toBe('ciao mondo\n')
    expect((await run(engine, 'docker run --rm ep a tutti')).stdout).toBe('ciao a tutti\n')
  })

  it('untags the previous image on rebuild', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 're', { Dockerfile: 'FROM busybox\nRUN echo 1\n' })
    await build(engine, 're', '-t re')
    engine.writeHostFile('re/Dockerfile', 'FROM busybox\nRUN echo 2\n')
    await build(engine, 're', '-t re')

    const images = (await imageRows(engine)).map((row) => `${row[0]}:${row[1]}`)
    expect(images.filter((line) => line === 're:latest')).toHaveLength(1)
    expect(images).toContain('<none>:<none>')
  })
})

describe('docker build instructions', () => {
  it('records configuration instructions in the image', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'cfg', {
      Dockerfile: 'FROM busybox\nLABEL org.opencontainers.image.title="demo app"\nEXPOSE 8080 53/udp\nVOLUME ["/data"]\nSTOPSIGNAL SIGTERM\nSHELL ["/bin/sh", "-c"]\nCMD echo ciao\n',
    })
    await build(engine, 'cfg', '-t cfg')
    const config = JSON.parse((await run(engine, `docker image inspect --format '{{json .Config}}' cfg`)).stdout)

    expect(config.Labels).toEqual({ 'org.opencontainers.image.title': 'demo app' })
    expect(config.ExposedPorts).toEqual({ '8080/tcp': {}, '53/udp': {} })
    expect(config.Volumes).toEqual({ '/data': {} })
    expect(config.StopSignal).toBe('SIGTERM')
    expect(config.Shell).toEqual(['/bin/sh', '-c'])
    expect(config.Cmd).toEqual(['/bin/sh', '-c', 'echo ciao'])
    expect((await run(engine, 'docker run --rm cfg')).stdout).toBe('ciao\n')
  })

  it('sets owner and mode with COPY --chown and --chmod', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'own', {
      Dockerfile: 'FROM debian:bookworm-slim\nRUN useradd -u 1500 -m app\nCOPY --chown=app:app --chmod=640 config.ini /etc/app/\nCOPY --chown=1500 run.sh /usr/local/bin/\n',
      'config.ini': '[app]\n',
      'run.sh': '#!/bin/sh\n',
    })
    await build(engine, 'own', '-t own')
    const listing = (await run(engine, 'docker run --rm own ls -l /etc/app/config.ini /usr/local/bin/run.sh')).stdout

    expect(listing).toMatch(/^-rw-r----- 1 app app 6 .* \/etc\/app\/config\.ini$/m)
    expect(listing).toMatch(/^-rw-r--r-- 1 app app 10 .* \/usr\/local\/bin\/run\.sh$/m)
  })

  it('extracts a local archive with ADD but not with COPY', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'add', {
      Dockerfile: 'FROM busybox\nCOPY site.tar.gz /data/copy/\nADD site.tar.gz /data/add/\nADD https://example.com/robots.txt /data/url/\n',
      'site.tar.gz': 'site/\nsite/index.html: <h1>ciao</h1>\n',
    })
    await build(engine, 'add', '-t add')

    expect((await run(engine, 'docker run --rm add ls /data/copy')).stdout).toBe('site.tar.gz\n')
    expect((await run(engine, 'docker run --rm add cat /data/add/site/index.html')).stdout).toBe('<h1>ciao</h1>\n')
    expect((await run(engine, 'docker run --rm add ls -l /data/url')).stdout).toMatch(/-rw------- .* robots\.txt\n$/)
  })

  it('runs RUN as the current USER', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'user', { Dockerfile: 'FROM debian:bookworm-slim\nRUN useradd -m app\nUSER app\nRUN id && touch /etc/blocked\n' })
    const result = await build(engine, 'user')

    expect(vertex(result.stderr, 'RUN id && touch')).toContain('uid=1000(app) gid=1000(app) groups=1000(app)')
    expect(result.stderr).toContain("touch: cannot touch '/etc/blocked': Permission denied")
    expect(result.exitCode).toBe(1)
  })

  it('fails RUN in an image without a shell', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'noshell', { Dockerfile: 'FROM gcr.io/distroless/static-debian12:nonroot\nRUN echo ciao\n' })
    const result = await build(engine, 'noshell')

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('ERROR: failed to solve: process "/bin/sh -c echo ciao" did not complete successfully: runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory\n')
  })

  it('warns about shell-form CMD and mismatched AS casing', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'warn', { Dockerfile: 'FROM busybox as base\nCMD echo ciao\n' })
    const result = await build(engine, 'warn')

    expect(result.stderr).toContain(" 2 warnings found (use docker --debug to expand):\n - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)\n - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)\n")
  })
})

describe('built app images', () => {
  it('runs a python script that prints', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'py', { Dockerfile: 'FROM python:3.9-slim\nWORKDIR /app\nCOPY sample.py .\nCMD ["python", "sample.py"]\n', 'sample.py': 'print("ciao")\n' })
    await build(engine, 'py', '-t py')

    expect((await run(engine, 'docker run --rm py')).stdout).toBe('ciao\n')
    const missing = await run(engine, 'docker run --rm py python nosuch.py')
    expect(missing.stderr).toBe("python: can't open file '/app/nosuch.py': [Errno 2] No such file or directory\n")
    expect(missing.exitCode).toBe(2)
  })

  it('keeps a node server running until stopped', async () => {
    const engine = createTestEngine()
    writeFiles(engine, 'web', {
      Dockerfile: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
      'server.js': 'console.log("in ascolto sulla porta 3000")\nrequire("http").createServer(() => {}).listen(3000)\n',
    })
    await build(engine, 'web', '-t web')
    await run(engine, 'docker run -d --name web web')
    engine.advance(60_000)

    expect((await run(engine, 'docker ps --format "{{.Status}}"')).stdout).toMatch(/^Up About a minute\n$/)
    expect((await run(engine, 'docker logs web')).stdout).toBe('in ascolto sulla porta 3000\n')
    expect((await run(engine, 'docker exec web id')).stdout).toBe('uid=1000(node) gid=1000(node) groups=1000(node)\n')
  })
})
