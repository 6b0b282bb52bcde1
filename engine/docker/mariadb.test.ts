import { describe, expect, it } from 'vitest'
import { createTestEngine, health, run } from '../test/harness'

describe('mariadb image', () => {
  it('exits with code 1 without a root password variable', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name db0 mariadb')
    engine.advance(2_000)
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (1) 1 second ago\n')
    const logs = await run(engine, 'docker logs db0')
    expect(logs.stderr).toContain('[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n')
    expect(logs.stderr).toContain('\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD\n')
  })

  it('answers mariadb-admin ping once the server is ready', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mariadb')
    expect((await run(engine, 'docker exec db mariadb-admin -psecret ping -h localhost')).exitCode).toBe(1)
    engine.advance(5_000)
    const alive = await run(engine, 'docker exec db mariadb-admin -psecret ping -h localhost')
    expect(alive.stdout).toBe('mysqld is alive\n')
    expect(alive.exitCode).toBe(0)
  })

  it('exits 0 on a wrong password because the server is alive', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name db -e MARIADB_ROOT_PASSWORD=secret mariadb')
    engine.advance(5_000)
    const result = await run(engine, 'docker exec db mariadb-admin -pwrong ping -h localhost')
    expect(result.stderr).toBe("\u0007mariadb-admin: connect to server at 'localhost' failed\nerror: 'Access denied for user 'root'@'localhost' (using password: YES)'\n")
    expect(result.exitCode).toBe(0)
  })

  it('exits 0 after mariadb-admin shutdown', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name db -e MARIADB_ROOT_PASSWORD=secret mariadb')
    engine.advance(5_000)

    // The server is PID 1, so its exit kills the waiting client.
    const result = await run(engine, 'docker exec db mariadb-admin -psecret shutdown')
    expect(result.merged).toBe('')
    expect(result.exitCode).toBe(137)

    expect((await run(engine, `docker inspect --format '{{.State.Status}} {{.State.ExitCode}}' db`)).stdout).toBe('exited 0\n')
    const logs = await run(engine, 'docker logs db')
    expect(logs.stderr).toMatch(/ 0 \[Note\] mariadbd \(initiated by: root\[root\] @ localhost \[\]\): Normal shutdown\n/)
    expect(logs.stderr).toMatch(/ 0 \[Note\] mariadbd: Shutdown complete\n$/)
  })

  it('turns healthy with the course health check', async () => {
    const engine = createTestEngine()
    await run(engine, 'export MYSQL_ROOT_PASSWORD=rootpassword')
    await run(engine, `docker run --detach --name db --env MYSQL_ROOT_PASSWORD=\${MYSQL_ROOT_PASSWORD} --health-cmd='mariadb-admin -p\${MYSQL_ROOT_PASSWORD} ping -h localhost' --health-interval=20s --health-retries=3 mariadb:latest`)
    engine.advance(21_000)
    const state = await health(engine, 'db')
    expect(state.Status).toBe('healthy')
    expect(state.Log[0]!.Output).toBe('mysqld is alive\n')
  })
})
