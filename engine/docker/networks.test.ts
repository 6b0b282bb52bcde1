import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import type { Engine } from '../engine'

async function engineWithWeb(): Promise<Engine> {
  const engine = createTestEngine()
  await run(engine, 'docker network create app-net')
  await run(engine, 'docker run -d --name web --network app-net -p 127.0.0.1:8080:80 nginx')
  return engine
}

async function inspectField(engine: Engine, command: string): Promise<string> {
  return (await run(engine, command)).stdout.trim()
}

describe('docker network create', () => {
  it('prints the new network ID', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker network create app-net')

    expect(result.stdout).toMatch(/^[0-9a-f]{64}\n$/)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(engine.daemon.networks.get('app-net')?.id).toBe(result.stdout.trim())
  })

  it('gives the same ID for the same seed', async () => {
    const first = await run(createTestEngine({ seed: 7 }), 'docker network create app-net')
    const second = await run(createTestEngine({ seed: 7 }), 'docker network create app-net')
    expect(second.stdout).toBe(first.stdout)
  })

  it('rejects a duplicate name', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker network create app-net')
    const result = await run(engine, 'docker network create app-net')

    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('Error response from daemon: network with name app-net already exists\n')
    expect(result.exitCode).toBe(1)
  })

  it('rejects a predefined name', async () => {
    const result = await run(createTestEngine(), 'docker network create bridge')
    expect(result.stderr).toBe('Error response from daemon: network with name bridge already exists\n')
    expect(result.exitCode).toBe(1)
  })

  it('requires a name', async () => {
    const result = await run(createTestEngine(), 'docker network create')
    expect(result.stderr).toBe("docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n")
    expect(result.exitCode).toBe(1)
  })

  it('accepts --driver bridge and --internal', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker network create --driver bridge --internal backend')).exitCode).toBe(0)
    expect(await inspectField(engine, "docker network inspect -f '{{.Driver}} {{.Internal}}' backend")).toBe('bridge true')
  })

  it('prints help with the flags', async () => {
    const result = await run(createTestEngine(), 'docker network create --help')
    expect(result.stdout).toMatch(/^Usage:  docker network create \[OPTIONS\] NETWORK\n\nCreate a network\n\nOptions:\n/)
    expect(result.stdout).toContain('  -d, --driver string        Driver to manage the Network (default "bridge")\n')
    expect(result.stdout).toContain('      --internal             Restrict external access to the network\n')
    expect(result.exitCode).toBe(0)
  })
})

describe('docker network ls', () => {
  it('sorts user networks by name', async () => {
    const engine = createTestEngine()
    const id = (await run(engine, 'docker network create app-net')).stdout.slice(0, 12)
    await run(engine, 'docker network create zeta')
    const lines = (await run(engine, 'docker network ls')).stdout.split('\n')

    expect(lines[0]).toBe('NETWORK ID     NAME      DRIVER    SCOPE')
    expect(lines[1]).toBe(`${id}   app-net   bridge    local`)
    expect(lines.slice(2).map((line) => line.split(/\s+/)[1])).toEqual(['bridge', 'host', 'none', 'zeta', undefined])
  })

  it('filters by name with -q', async () => {
    const engine = createTestEngine()
    const id = (await run(engine, 'docker network create app-net')).stdout.slice(0, 12)
    expect((await run(engine, 'docker network ls -q --filter name=app')).stdout).toBe(`${id}\n`)
  })
})

describe('docker network rm', () => {
  it('prints each removed name', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker network create one')
    await run(engine, 'docker network create two')
    const result = await run(engine, 'docker network rm one two')

    expect(result.stdout).toBe('one\ntwo\n')
    expect(result.exitCode).toBe(0)
    expect([...engine.daemon.networks.keys()]).toEqual([])
  })

  it('reports an unknown network', async () => {
    const result = await run(createTestEngine(), 'docker network rm nosuch')
    expect(result.stderr).toBe('Error response from daemon: network nosuch not found\n')
    expect(result.exitCode).toBe(1)
  })

  it('ignores an unknown network with --force', async () => {
    const result = await run(createTestEngine(), 'docker network rm -f nosuch')
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
  })

  it('refuses a predefined network', async () => {
    const result = await run(createTestEngine(), 'docker network rm bridge')
    expect(result.stderr).toBe('Error response from daemon: bridge is a pre-defined network and cannot be removed\n')
    expect(result.exitCode).toBe(1)
  })

  it('refuses a network with a running container', async () => {
    const engine = await engineWithWeb()
    const endpoint = engine.daemon.find('web')!.endpointId.slice(0, 12)
    const result = await run(engine, 'docker network rm app-net')

    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`Error response from daemon: error while removing network: network app-net has active endpoints (name:"web" id:"${endpoint}")\n`)
    expect(result.exitCode).toBe(1)
  })

  it('removes a network whose container stopped', async () => {
    const engine = await engineWithWeb()
    const networkId = engine.daemon.networks.get('app-net')!.id
    await run(engine, 'docker stop web')

    expect((await run(engine, 'docker network rm app-net')).stdout).toBe('app-net\n')
    const start = await run(engine, 'docker start web')
    expect(start.stderr).toBe(`Error response from daemon: network ${networkId} not found\nError: failed to start containers: web\n`)
    expect(start.exitCode).toBe(1)
  })
})

describe('docker network inspect', () => {
  it('shows subnet, gateway and containers', async () => {
    const engine = await engineWithWeb()
    const web = engine.daemon.find('web')!
    const network = engine.daemon.networks.get('app-net')!
    const documents = JSON.parse((await run(engine, 'docker network inspect app-net')).stdout) as Record<string, unknown>[]

    expect(documents).toHaveLength(1)
    expect(documents[0]).toMatchObject({
      Name: 'app-net',
      Id: network.id,
      Scope: 'local',
      Driver: 'bridge',
      EnableIPv4: true,
      EnableIPv6: false,
      IPAM: { Driver: 'default', Options: {}, Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] },
      Internal: false,
      Attachable: false,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Options: {},
      Labels: {},
    })
    expect(documents[0]!.Containers).toEqual({
      [web.id]: { Name: 'web', EndpointID: web.endpointId, MacAddress: '02:42:ac:12:00:02', IPv4Address: '172.18.0.2/16', IPv6Address: '' },
    })
  })

  it('gives the next network the next subnet', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker network create one')
    await run(engine, 'docker network create two')
    expect(await inspectField(engine, "docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}}{{end}}' two")).toBe('172.19.0.0/16')
  })

  it('reports an unknown network after an empty array', async () => {
    const result = await run(createTestEngine(), 'docker network inspect nosuch')
    expect(result.stdout).toBe('[]\n')
    expect(result.stderr).toBe('Error response from daemon: network nosuch not found\n')
    expect(result.exitCode).toBe(1)
  })
})

describe('docker run --network', () => {
  it('fails for an unknown network', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker run -d --network nosuch nginx')

    expect(result.stderr).toBe("docker: Error response from daemon: network nosuch not found\n\nRun 'docker run --help' for more information\n")
    expect(result.exitCode).toBe(125)
    expect(engine.daemon.containers).toHaveLength(0)
  })

  it('accepts a network ID prefix', async () => {
    const engine = createTestEngine()
    const id = (await run(engine, 'docker network create app-net')).stdout.slice(0, 12)
    await run(engine, `docker create --name web --network ${id} nginx`)
    expect(await inspectField(engine, "docker inspect -f '{{.HostConfig.NetworkMode}}' web")).toBe('app-net')
  })

  it('addresses containers from the subnet', async () => {
    const engine = await engineWithWeb()
    await run(engine, 'docker run -d --name db --network app-net alpine sleep 100')
    const networks = JSON.parse(await inspectField(engine, "docker inspect -f '{{json .NetworkSettings.Networks}}' db")) as Record<string, Record<string, unknown>>
    const db = engine.daemon.find('db')!

    expect(Object.keys(networks)).toEqual(['app-net'])
    expect(networks['app-net']).toMatchObject({ IPAddress: '172.18.0.3', Gateway: '172.18.0.1', IPPrefixLen: 16, NetworkID: engine.daemon.networks.get('app-net')!.id, Aliases: null })
    expect(networks['app-net']!.DNSNames).toEqual(['db', db.id.slice(0, 12)])
    expect(await inspectField(engine, "docker inspect -f '{{.NetworkSettings.IPAddress}}|{{.NetworkSettings.Gateway}}' db")).toBe('|')
  })

  it('publishes ports to the host', async () => {
    const engine = await engineWithWeb()
    const result = await run(engine, 'curl -s -o /dev/null -w "%{http_code}\\n" http://127.0.0.1:8080/')
    expect(result.stdout).toBe('200\n')
  })
})

describe('name resolution on a user network', () => {
  it('reaches a peer by name with curl', async () => {
    const engine = await engineWithWeb()
    await run(engine, 'docker run -d --name client --network app-net nginx')
    const result = await run(engine, 'docker exec client curl -s -o /dev/null -w "%{http_code}" http://web/')
    expect(result.stdout).toBe('200')
  })

  it('pings a peer by name', async () => {
    const engine = await engineWithWeb()
    const result = await run(engine, 'docker run --rm --network app-net alpine ping -c 1 web')
    expect(result.stdout).toMatch(/^PING web \(172\.18\.0\.2\): 56 data bytes\n64 bytes from 172\.18\.0\.2: seq=0/)
    expect(result.exitCode).toBe(0)
  })

  it('does not resolve from another network', async () => {
    const engine = await engineWithWeb()
    await run(engine, 'docker network create other')
    const other = await run(engine, 'docker run --rm --network other alpine ping -c 1 web')
    const bridge = await run(engine, 'docker run --rm alpine ping -c 1 web')

    expect(other.stderr).toBe("ping: bad address 'web'\n")
    expect(bridge.stderr).toBe("ping: bad address 'web'\n")
  })
})
