import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { effectiveCapabilities } from './capabilities'
import type { HostSettings } from './model'

function host(settings: Partial<HostSettings>): HostSettings {
  return { privileged: false, capAdd: null, capDrop: null, securityOpt: null, ...settings } as HostSettings
}

describe('effectiveCapabilities', () => {
  it('starts from the Docker default set', () => {
    expect(effectiveCapabilities(host({})).has('CHOWN')).toBe(true)
    expect(effectiveCapabilities(host({})).has('SYS_ADMIN')).toBe(false)
  })

  it('drops ALL then adds back', () => {
    const caps = effectiveCapabilities(host({ capDrop: ['ALL'], capAdd: ['cap_net_bind_service'] }))
    expect([...caps]).toEqual(['NET_BIND_SERVICE'])
  })

  it('grants everything when privileged', () => {
    expect(effectiveCapabilities(host({ privileged: true, capDrop: ['ALL'] })).has('SYS_ADMIN')).toBe(true)
  })
})

describe('capabilities in containers', () => {
  it('stop nginx without CAP_CHOWN', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web --cap-drop ALL nginx')
    engine.advance(1_000)

    expect((await run(engine, `docker ps -a --format '{{.Status}}'`)).stdout).toBe('Exited (1) Less than a second ago\n')
    expect((await run(engine, 'docker logs web')).stderr).toContain('nginx: [emerg] chown("/var/cache/nginx/client_temp", 101) failed (1: Operation not permitted)\n')
  })

  it('print unset capability lists as docker does', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker create --name priv --privileged busybox true')

    const template = await run(engine, `docker inspect --format 'CapAdd={{.HostConfig.CapAdd}} {{json .HostConfig.CapDrop}} {{len .HostConfig.CapAdd}}' priv`)
    expect(template.stdout).toBe('CapAdd=[] null 0\n')

    const document = JSON.parse((await run(engine, 'docker inspect priv')).stdout)[0]
    expect(document.HostConfig.CapAdd).toBeNull()
    expect(document.HostConfig.CapDrop).toBeNull()
  })

  it('make chown fail without CAP_CHOWN', async () => {
    const result = await run(createTestEngine(), `docker run --rm --cap-drop CHOWN alpine sh -c 'touch /f; chown nobody /f'`)
    expect(result.stderr).toBe('chown: /f: Operation not permitted\n')
    expect(result.exitCode).toBe(1)
  })

  it('allow mount only with SYS_ADMIN', async () => {
    const engine = createTestEngine()
    const denied = await run(engine, 'docker run --rm alpine mount -t tmpfs none /mnt')
    expect(denied.stderr).toBe('mount: permission denied (are you root?)\n')
    expect(denied.exitCode).toBe(1)

    const allowed = await run(engine, 'docker run --rm --privileged alpine mount -t tmpfs none /mnt')
    expect(allowed.exitCode).toBe(0)
  })
})
