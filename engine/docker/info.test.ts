import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('docker info --format', () => {
  it.each([
    ['{{.ServerVersion}}', '28.2.2\n'],
    ['{{.Driver}}', 'overlay2\n'],
    ['{{.CgroupVersion}}', '2\n'],
    ['{{.SecurityOptions}}', '[name=apparmor name=seccomp,profile=builtin name=cgroupns]\n'],
    ['{{.Plugins}}', '{[local] [bridge host ipvlan macvlan null overlay] [] [awslogs fluentd gcplogs gelf journald json-file local splunk syslog]}\n'],
    ['{{.ContainerdCommit}}', '{05044ec0a9a75232cad458027ca83437aae3f4da }\n'],
    ['{{.NCPU}} {{.MemTotal}} {{.OSType}}', '4 8222793728 linux\n'],
    ['{{json .Swarm}}', '{"NodeID":"","NodeAddr":"","LocalNodeState":"inactive","ControlAvailable":false,"Error":"","RemoteManagers":null}\n'],
    ['{{range .ClientInfo.Plugins}}{{.Name}} {{.Version}}\n{{end}}', 'buildx v0.24.0\ncompose v2.36.2\nscout v1.18.0\n\n'],
  ])('renders %s', async (format, expected) => {
    const result = await run(createTestEngine(), `docker info --format '${format}'`)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(expected)
    expect(result.exitCode).toBe(0)
  })

  it('counts running containers', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    await run(engine, 'docker create --name idle alpine')

    const result = await run(engine, "docker info --format '{{.Containers}} {{.ContainersRunning}} {{.ContainersStopped}}'")
    expect(result.stdout).toBe('2 1 1\n')
  })

  it('counts an image once for all its tags', async () => {
    const engine = createTestEngine()
    const before = (await run(engine, "docker info --format '{{.Images}}'")).stdout
    await run(engine, 'docker tag nginx corso/web:1.0')

    expect((await run(engine, "docker info --format '{{.Images}}'")).stdout).toBe(before)
  })

  it('encodes the whole struct for json', async () => {
    const result = await run(createTestEngine(), 'docker info --format json')
    const info = JSON.parse(result.stdout)

    expect(Object.keys(info).slice(0, 8)).toEqual(['ID', 'Containers', 'ContainersRunning', 'ContainersPaused', 'ContainersStopped', 'Images', 'Driver', 'DriverStatus'])
    expect(info.KernelMemory).toBeUndefined()
    expect(info.ServerErrors).toBeUndefined()
    expect(info.Plugins.Authorization).toBeNull()
    expect(info.ClientInfo.Context).toBe('default')
    expect(info.ClientInfo.Plugins[2]).toEqual({ SchemaVersion: '0.1.0', Vendor: 'Docker Inc.', Version: 'v1.18.0', ShortDescription: 'Docker Scout', Name: 'scout', Path: '/usr/libexec/docker/cli-plugins/docker-scout' })
    expect(result.stdout.startsWith('{"ID":"6f1c4b0e-2d8a-4e3b-9a57-c1d2e3f4a5b6","Containers":0,')).toBe(true)
  })

  it('rejects an unknown field with the struct type', async () => {
    const result = await run(createTestEngine(), "docker info --format '{{.Foo}}'")
    expect(result.stdout).toBe('\n')
    expect(result.stderr).toBe('template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type system.dockerInfo\n')
    expect(result.exitCode).toBe(1)
  })

  it('rejects an unknown client field', async () => {
    const result = await run(createTestEngine(), "docker info --format '{{.ClientInfo.Foo}}'")
    expect(result.stderr).toBe('template: :1:13: executing "" at <.ClientInfo.Foo>: can\'t evaluate field Foo in type *system.clientInfo\n')
    expect(result.exitCode).toBe(1)
  })

  it('reports a syntax error with exit 64', async () => {
    const result = await run(createTestEngine(), "docker system info --format '{{.Driver'")
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('template parsing error: template: :1: unclosed action\n')
    expect(result.exitCode).toBe(64)
  })
})

describe('docker info', () => {
  it('lists the CLI plugins', async () => {
    const result = await run(createTestEngine(), 'docker info')
    const client = result.stdout.split('\n\nServer:\n')[0]

    expect(client).toBe(
      [
        'Client: Docker Engine - Community',
        ' Version:    28.2.2',
        ' Context:    default',
        ' Debug Mode: false',
        ' Plugins:',
        '  buildx: Docker Buildx (Docker Inc.)',
        '    Version:  v0.24.0',
        '    Path:     /usr/libexec/docker/cli-plugins/docker-buildx',
        '  compose: Docker Compose (Docker Inc.)',
        '    Version:  v2.36.2',
        '    Path:     /usr/libexec/docker/cli-plugins/docker-compose',
        '  scout: Docker Scout (Docker Inc.)',
        '    Version:  v1.18.0',
        '    Path:     /usr/libexec/docker/cli-plugins/docker-scout',
      ].join('\n'),
    )
  })
})
