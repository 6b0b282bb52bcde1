import { beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { runLine } from '../host/test-support'

const UNAUTHORIZED = 'FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://myuser/private-app: GET https://index.docker.io/v2/myuser/private-app/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:myuser/private-app Type:repository]]\n'

let engine: Engine

beforeEach(() => {
  engine = new Engine()
})

describe('apptainer pull', () => {
  it('uses the cache the second time', async () => {
    await runLine(engine, 'apptainer pull docker://alpine')
    const again = await runLine(engine, 'apptainer pull --force docker://alpine')
    expect(again.exitCode).toBe(0)
    expect(again.stderr).toBe('INFO:    Using cached SIF image\n')
  })

  it('names the file after image and tag', async () => {
    await runLine(engine, 'apptainer pull docker://quay.io/bitnami/python:3.7')
    await runLine(engine, 'apptainer pull my.sif docker://alpine')
    expect((await runLine(engine, 'ls')).stdout).toBe('my.sif\npython_3.7.sif\n')
  })

  it('will not overwrite an existing file', async () => {
    await runLine(engine, 'apptainer pull docker://alpine')
    const result = await runLine(engine, 'apptainer pull docker://alpine')
    expect(result.exitCode).toBe(255)
    expect(result.stderr).toBe('FATAL:   Image file already exists: "alpine_latest.sif" - will not overwrite\n')
  })

  it('rejects library:// without a library remote', async () => {
    const result = await runLine(engine, 'apptainer pull library://alpine')
    expect(result.exitCode).toBe(255)
    expect(result.stderr).toBe('FATAL:   Unable to get library client configuration: remote has no library client (see https://apptainer.org/docs/user/latest/endpoint.html#no-default-remote)\n')
  })

  it('shows blob bars only on a terminal', async () => {
    const result = await runLine(engine, 'apptainer pull docker://ubuntu', [], true)
    expect(result.stderr).toContain('28.3 MiB / 28.3 MiB [')
    expect(result.stderr).toContain('\x1b[34mINFO:   \x1b[0m Converting OCI blobs to SIF format\n')
  })
})

describe('apptainer credentials', () => {
  it('fails on a private image without credentials', async () => {
    const result = await runLine(engine, 'apptainer pull docker://myuser/private-app')
    expect(result.exitCode).toBe(255)
    expect(result.stderr).toBe(UNAUTHORIZED)
  })

  it('pulls a private image after registry login', async () => {
    await runLine(engine, 'apptainer registry login --username myuser docker://docker.io', ['token'])
    const config = JSON.parse((await runLine(engine, 'cat ~/.docker/config.json')).stdout)
    expect(config.auths['https://index.docker.io/v1/'].auth).toBe(btoa('myuser:token'))
    expect((await runLine(engine, 'apptainer pull docker://myuser/private-app')).exitCode).toBe(0)
    expect((await runLine(engine, 'apptainer run private-app_latest.sif')).stdout).toBe('Hello from a private image\n')
  })

  it('requires a username and a password', async () => {
    expect((await runLine(engine, 'apptainer registry login docker://docker.io')).stderr).toBe('FATAL:   while login to docker://docker.io: Docker/OCI registry requires a username\n')
    expect((await runLine(engine, 'apptainer registry login -u me docker://docker.io', [''])).stderr).toBe('FATAL:   while login to docker://docker.io: a password is required\n')
  })

  it('takes credentials from the environment', async () => {
    await runLine(engine, 'export APPTAINER_DOCKER_USERNAME=myuser APPTAINER_DOCKER_PASSWORD=token')
    expect((await runLine(engine, 'apptainer pull docker://myuser/private-app')).exitCode).toBe(0)
  })

  it('takes credentials from a command prefix', async () => {
    const line = 'APPTAINER_DOCKER_USERNAME=myuser APPTAINER_DOCKER_PASSWORD=token apptainer pull docker://myuser/private-app'
    expect((await runLine(engine, line)).exitCode).toBe(0)
    expect((await runLine(engine, 'printenv APPTAINER_DOCKER_USERNAME')).exitCode).toBe(1)
    const again = await runLine(engine, 'apptainer pull other.sif docker://myuser/private-app')
    expect(again.exitCode).toBe(255)
    expect(again.stderr).toBe(UNAUTHORIZED)
  })

  it('asks with --docker-login and stores nothing', async () => {
    const result = await runLine(engine, 'apptainer pull --docker-login docker://myuser/private-app', ['myuser', 'token'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('Enter Docker Username: Enter Docker Password: ')
    expect((await runLine(engine, 'cat ~/.docker/config.json')).exitCode).toBe(1)
  })

  it('needs $oauthtoken for nvcr.io', async () => {
    const wrong = await runLine(engine, 'apptainer registry login --username myuser docker://nvcr.io', ['key'])
    expect(wrong.exitCode).toBe(255)
    const right = await runLine(engine, "apptainer registry login --username '$oauthtoken' docker://nvcr.io", ['key'])
    expect(right.exitCode).toBe(0)
    expect((await runLine(engine, 'apptainer pull docker://nvcr.io/nvidia/private-app')).exitCode).toBe(0)
  })

  it('logs in to ECR with the AWS token', async () => {
    const registry = '123456789012.dkr.ecr.eu-south-1.amazonaws.com'
    const login = await runLine(engine, `aws ecr get-login-password --region eu-south-1 | apptainer registry login --username AWS --password-stdin docker://${registry}`)
    expect(login.exitCode).toBe(0)
    expect((await runLine(engine, `apptainer pull docker://${registry}/my-app`)).exitCode).toBe(0)
  })

  it('ignores the ECR credential helper', async () => {
    const registry = '123456789012.dkr.ecr.eu-south-1.amazonaws.com'
    await runLine(engine, 'mkdir -p ~/.docker')
    await runLine(engine, `echo '{"credHelpers": {"${registry}": "ecr-login"}}' > ~/.docker/config.json`)
    const result = await runLine(engine, `apptainer pull docker://${registry}/my-app`)
    expect(result.exitCode).toBe(255)
    expect(result.stderr).toContain('UNAUTHORIZED: authentication required')
  })

  it('uses az acr login credentials', async () => {
    expect((await runLine(engine, 'az acr login --name myregistry')).stdout).toBe('Login Succeeded\n')
    expect((await runLine(engine, 'apptainer pull docker://myregistry.azurecr.io/my-app')).exitCode).toBe(0)
  })

  it('logs in with an ACR repository token', async () => {
    const token = await runLine(engine, 'az acr token create --name mytoken --registry myregistry --scope-map _repositories_pull')
    const password = JSON.parse(token.stdout).credentials.passwords[0].value as string
    expect(password).toMatch(/^[0-9a-f]{52}$/)
    const login = await runLine(engine, `apptainer registry login --username mytoken --password ${password} docker://myregistry.azurecr.io`)
    expect(login.exitCode).toBe(0)
    expect((await runLine(engine, 'apptainer pull docker://myregistry.azurecr.io/my-app')).exitCode).toBe(0)
  })

  it('pushes to ghcr.io with oras', async () => {
    await runLine(engine, 'apptainer pull docker://alpine')
    const denied = await runLine(engine, 'apptainer push alpine_latest.sif oras://ghcr.io/myuser/alpine:1.0')
    expect(denied.exitCode).toBe(255)

    await runLine(engine, 'apptainer registry login --username myuser oras://ghcr.io', ['ghp_token'])
    const push = await runLine(engine, 'apptainer push alpine_latest.sif oras://ghcr.io/myuser/alpine:1.0')
    expect(push.exitCode).toBe(0)
    expect(push.stderr).toMatch(/^INFO: {4}Digest: sha256:[0-9a-f]{64}\nINFO: {4}Upload complete\n$/)

    const pull = await runLine(engine, 'apptainer pull copy.sif oras://ghcr.io/myuser/alpine:1.0')
    expect(pull.stderr).toMatch(/^INFO: {4}Downloading oras image\nINFO: {4}Digest: sha256:/)
  })
})

describe('apptainer run and exec', () => {
  beforeEach(async () => {
    await runLine(engine, 'apptainer pull docker://sylabsio/lolcow')
  })

  it('prints the cow with the date', async () => {
    const result = await runLine(engine, 'apptainer run lolcow_latest.sif')
    expect(result.stdout).toMatch(/^ _{30}\n< \w{3} Nov 27 10:00:\d\d UTC 2025 >\n -{30}\n {8}\\ {3}\^__\^\n/)
  })

  it('runs as the calling user', async () => {
    expect((await runLine(engine, 'apptainer exec lolcow_latest.sif id')).stdout).toBe((await runLine(engine, 'id')).stdout)
  })

  it('keeps the image read-only', async () => {
    const result = await runLine(engine, 'apptainer exec lolcow_latest.sif touch /usr/bin/x')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe("touch: cannot touch '/usr/bin/x': Read-only file system\n")
    expect((await runLine(engine, 'apptainer exec --writable-tmpfs lolcow_latest.sif touch /usr/bin/x')).exitCode).toBe(0)
  })

  it('binds home, cwd and tmp', async () => {
    await runLine(engine, 'apptainer exec lolcow_latest.sif touch /tmp/from-container')
    expect((await runLine(engine, 'ls /tmp')).stdout).toBe('from-container\n')
    expect((await runLine(engine, 'apptainer exec lolcow_latest.sif pwd')).stdout).toBe('/home/studente\n')
  })

  it('isolates with --containall', async () => {
    await runLine(engine, 'echo ciao > nota.txt')
    expect((await runLine(engine, 'apptainer exec lolcow_latest.sif cat nota.txt')).stdout).toBe('ciao\n')
    const contained = await runLine(engine, 'apptainer exec --containall lolcow_latest.sif cat nota.txt')
    expect(contained.exitCode).toBe(1)
    expect((await runLine(engine, 'apptainer exec --containall lolcow_latest.sif ls /tmp')).stdout).toBe('')
  })

  it('binds a directory with --bind', async () => {
    await runLine(engine, 'mkdir dati')
    await runLine(engine, 'echo 42 > dati/x')
    expect((await runLine(engine, 'apptainer exec --bind dati:/data lolcow_latest.sif cat /data/x')).stdout).toBe('42\n')
  })

  it('warns about --nv without a GPU', async () => {
    const result = await runLine(engine, 'apptainer exec --nv lolcow_latest.sif echo ok')
    expect(result.stderr).toBe('WARNING: Could not find any nv files on this host!\n')
    expect(result.stdout).toBe('ok\n')
  })

  it('passes the host environment unless --cleanenv', async () => {
    await runLine(engine, 'export CORSO=docker')
    expect((await runLine(engine, 'apptainer exec lolcow_latest.sif printenv CORSO')).stdout).toBe('docker\n')
    expect((await runLine(engine, 'apptainer exec --cleanenv lolcow_latest.sif printenv CORSO')).exitCode).toBe(1)
  })

  it('fails on an unknown program', async () => {
    const result = await runLine(engine, 'apptainer exec lolcow_latest.sif foo')
    expect(result.exitCode).toBe(255)
    expect(result.stderr).toBe('FATAL:   "foo": executable file not found in $PATH\n')
  })

  it('runs a docker:// URI from the cache', async () => {
    const result = await runLine(engine, 'apptainer exec docker://sylabsio/lolcow echo hi')
    expect(result.stderr).toBe('INFO:    Using cached SIF image\n')
    expect(result.stdout).toBe('hi\n')
  })

  it('opens a shell that reads lines', async () => {
    const result = await runLine(engine, 'apptainer shell lolcow_latest.sif', ['whoami', 'exit'])
    expect(result.stdout).toBe('Apptainer> studente\nApptainer> ')
  })
})

describe('apptainer build, inspect, cache, version', () => {
  it('builds from docker://', async () => {
    const result = await runLine(engine, 'apptainer build alpine.sif docker://alpine')
    expect(result.exitCode).toBe(0)
    expect(result.stderr.startsWith('INFO:    Starting build...\n')).toBe(true)
    expect(result.stderr.endsWith('INFO:    Build complete: alpine.sif\n')).toBe(true)
  })

  it('builds from a definition file', async () => {
    const def = 'Bootstrap: docker\nFrom: alpine:latest\n\n%post\n    apk add --no-cache curl\n\n%runscript\n    echo "Ciao dal container"\n\n%labels\n    Author studente\n'
    engine.host.fs.writeFile('/home/studente/app.def', def, engine.now(), engine.host.cred)
    const build = await runLine(engine, 'apptainer build app.sif app.def')
    expect(build.exitCode).toBe(0)
    expect(build.stderr).toContain('INFO:    Running post scriptlet\n+ apk add --no-cache curl\n')
    expect(build.stderr).toContain('INFO:    Adding runscript\n')
    expect((await runLine(engine, 'apptainer run app.sif')).stdout).toBe('Ciao dal container\n')
    expect((await runLine(engine, 'apptainer inspect app.sif')).stdout).toContain('Author: studente\n')
  })

  it('refuses to overwrite a build target', async () => {
    await runLine(engine, 'apptainer build a.sif docker://alpine')
    const result = await runLine(engine, 'apptainer build a.sif docker://alpine')
    expect(result.stderr).toBe("FATAL:   While checking build target: build target 'a.sif' already exists. Use --force if you want to overwrite it\n")
  })

  it('lists and cleans the cache', async () => {
    expect((await runLine(engine, 'apptainer cache list')).stdout).toBe('There are 0 container file(s) using 0.00 KiB and 0 oci blob file(s) using 0.00 KiB of space\nTotal space used: 0.00 KiB\n')
    await runLine(engine, 'apptainer pull docker://alpine')
    expect((await runLine(engine, 'apptainer cache list')).stdout).toBe('There are 1 container file(s) using 3.21 MiB and 1 oci blob file(s) using 3.63 MiB of space\nTotal space used: 6.84 MiB\n')
    const clean = await runLine(engine, 'apptainer cache clean', ['y'])
    expect(clean.stdout).toContain('Do you want to continue? [y/N] ')
    expect(clean.stderr).toContain('INFO:    Removing oci-tmp cache entry: ')
    expect((await runLine(engine, 'apptainer cache list')).stdout).toContain('There are 0 container file(s)')
  })

  it('prints the version', async () => {
    expect((await runLine(engine, 'apptainer version')).stdout).toBe('1.4.5\n')
    expect((await runLine(engine, 'apptainer --version')).stdout).toBe('apptainer version 1.4.5\n')
  })
})
