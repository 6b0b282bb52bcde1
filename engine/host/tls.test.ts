import { beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { runLine } from './test-support'

const PASS = ['segreto', 'segreto']

/** Builds CA, server and client files in /etc/docker/certs as root, with SANs when `sans` is given. */
async function makeCertificates(engine: Engine, sans: string | undefined): Promise<void> {
  const steps: [string, string[]][] = [
    ['sudo mkdir -p /etc/docker/certs', []],
    ['cd /etc/docker/certs', []],
    ['sudo openssl genrsa -aes256 -out ca-key.pem 4096', PASS],
    ['sudo openssl req -new -x509 -days 365 -key ca-key.pem -sha256 -out ca.pem -subj /CN=Course-CA', ['segreto']],
    ['sudo openssl genrsa -out server-key.pem 4096', []],
    ['sudo openssl req -subj /CN=server -new -key server-key.pem -out server.csr', []],
  ]
  if (sans !== undefined) steps.push([`echo subjectAltName = ${sans} | sudo tee extfile.cnf`, []], ['echo extendedKeyUsage = serverAuth | sudo tee -a extfile.cnf', []])
  steps.push(
    [`sudo openssl x509 -req -days 365 -sha256 -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem${sans === undefined ? '' : ' -extfile extfile.cnf'}`, ['segreto']],
    ['sudo openssl genrsa -out key.pem 4096', []],
    ['sudo openssl req -subj /CN=client -new -key key.pem -out client.csr', []],
    ['echo extendedKeyUsage = clientAuth | sudo tee extfile-client.cnf', []],
    ['sudo openssl x509 -req -days 365 -sha256 -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out cert.pem -extfile extfile-client.cnf', ['segreto']],
  )
  for (const [line, answers] of steps) {
    const result = await runLine(engine, line, answers)
    expect(result.exitCode, `${line}\n${result.stderr}`).toBe(0)
  }
}

async function startDaemon(engine: Engine): Promise<string> {
  const result = await runLine(engine, 'sudo dockerd --tlsverify --tlscacert=/etc/docker/certs/ca.pem --tlscert=/etc/docker/certs/server-cert.pem --tlskey=/etc/docker/certs/server-key.pem -H=0.0.0.0:2376')
  expect(result.exitCode).toBe(0)
  return result.stderr
}

const TLS_FLAGS = '--tlsverify --tlscacert=/etc/docker/certs/ca.pem --tlscert=/etc/docker/certs/cert.pem --tlskey=/etc/docker/certs/key.pem'

describe('openssl', () => {
  it('asks twice for the pass phrase of an aes256 key', async () => {
    const engine = new Engine()
    const result = await runLine(engine, 'openssl genrsa -aes256 -out ca-key.pem 4096', PASS)
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('Enter PEM pass phrase:')
    expect(result.stderr).toContain('Verifying - Enter PEM pass phrase:')
    const key = await runLine(engine, 'cat ca-key.pem')
    expect(key.stdout.startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----\n')).toBe(true)
  })

  it('rejects a pass phrase that does not match', async () => {
    const result = await runLine(new Engine(), 'openssl genrsa -aes256 -out ca-key.pem 4096', ['segreto', 'altro1'])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('Verify failure')
  })

  it('asks the subject fields without -subj', async () => {
    const engine = new Engine()
    await runLine(engine, 'openssl genrsa -out k.pem 2048')
    const result = await runLine(engine, 'openssl req -new -x509 -days 365 -key k.pem -sha256 -out ca.pem', ['IT', 'Lazio', 'Roma', 'Scuola', '', 'Course CA', ''])
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('Country Name (2 letter code) [AU]:')
    const text = await runLine(engine, 'openssl x509 -in ca.pem -noout -subject -issuer -dates')
    expect(text.stdout).toContain('subject=C = IT, ST = Lazio, L = Roma, O = Scuola, CN = Course CA\n')
    expect(text.stdout).toContain('notBefore=Nov 27 10:00:00 2025 GMT\nnotAfter=Nov 27 10:00:00 2026 GMT\n')
  })

  it('signs a request and writes the serial file', async () => {
    const engine = new Engine()
    await makeCertificates(engine, 'IP:127.0.0.1')
    const srl = await runLine(engine, 'cat /etc/docker/certs/ca.srl')
    expect(srl.stdout).toMatch(/^[0-9A-F]{40}\n$/)
    const text = await runLine(engine, 'openssl x509 -in server-cert.pem -noout -text')
    expect(text.stdout).toContain('        Issuer: CN = Course-CA\n')
    expect(text.stdout).toContain('        Subject: CN = server\n')
    expect(text.stdout).toContain('                IP Address:127.0.0.1\n')
    expect(text.stdout).toContain('                TLS Web Server Authentication\n')
  })
})

describe('dockerd and TLS clients', () => {
  let engine: Engine

  beforeEach(() => {
    engine = new Engine()
  })

  it('requires root to start dockerd', async () => {
    const result = await runLine(engine, 'dockerd -H=0.0.0.0:2376')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('dockerd needs to be started with root privileges. To run dockerd in rootless mode as an unprivileged user, see https://docs.docker.com/go/rootless/\n')
  })

  it('warns about a plain TCP endpoint', async () => {
    const result = await runLine(engine, 'sudo dockerd -H tcp://0.0.0.0:2375')
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('level=warning msg="Binding to IP address without --tlsverify is insecure and gives root access on this machine to everyone who has access to your network." host="tcp://0.0.0.0:2375"')
    expect(engine.now() - Date.parse('2025-11-27T10:00:00Z')).toBe(16_000)

    const plain = await runLine(engine, 'docker -H tcp://127.0.0.1:2375 ps')
    expect(plain.exitCode).toBe(0)
  })

  it('connects with a CA-signed client certificate', async () => {
    await makeCertificates(engine, 'IP:127.0.0.1')
    const log = await startDaemon(engine)
    expect(log).toContain('msg="API listen on [::]:2376"')

    const result = await runLine(engine, `sudo docker ${TLS_FLAGS} -H=tcp://127.0.0.1:2376 ps`)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('CONTAINER ID')
  })

  it('fails without IP SANs', async () => {
    await makeCertificates(engine, undefined)
    await startDaemon(engine)
    const result = await runLine(engine, `sudo docker ${TLS_FLAGS} -H=tcp://127.0.0.1:2376 ps`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('error during connect: Head "https://127.0.0.1:2376/_ping": tls: failed to verify certificate: x509: cannot validate certificate for 127.0.0.1 because it doesn\'t contain any IP SANs\n')
  })

  it('fails with the legacy Common Name by host name', async () => {
    await makeCertificates(engine, undefined)
    await startDaemon(engine)
    const result = await runLine(engine, `sudo docker ${TLS_FLAGS} -H=tcp://localhost:2376 ps`)
    expect(result.stderr).toContain('x509: certificate relies on legacy Common Name field, use SANs instead')
  })

  it('fails without a client certificate', async () => {
    await makeCertificates(engine, 'IP:127.0.0.1')
    await startDaemon(engine)
    const result = await runLine(engine, 'sudo docker --tlsverify --tlscacert=/etc/docker/certs/ca.pem -H=tcp://127.0.0.1:2376 ps')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('error during connect: Head "https://127.0.0.1:2376/_ping": remote error: tls: certificate required\n')
  })

  it('fails with a certificate from another CA', async () => {
    await makeCertificates(engine, 'IP:127.0.0.1')
    await startDaemon(engine)
    for (const line of ['sudo openssl genrsa -out other-key.pem 2048', 'sudo openssl req -new -x509 -key other-key.pem -out other-ca.pem -subj /CN=Other', 'sudo openssl genrsa -out rogue-key.pem 2048', 'sudo openssl req -subj /CN=rogue -new -key rogue-key.pem -out rogue.csr', 'sudo openssl x509 -req -in rogue.csr -CA other-ca.pem -CAkey other-key.pem -CAcreateserial -out rogue.pem']) {
      expect((await runLine(engine, line)).exitCode).toBe(0)
    }
    const result = await runLine(engine, 'sudo docker --tlsverify --tlscacert=/etc/docker/certs/ca.pem --tlscert=rogue.pem --tlskey=rogue-key.pem -H=tcp://127.0.0.1:2376 ps')
    expect(result.stderr).toContain('the server probably has client authentication (--tlsverify) enabled; check your TLS client certification settings: Head "https://127.0.0.1:2376/_ping": remote error: tls: bad certificate')
  })

  it('fails when the client does not trust the server CA', async () => {
    await makeCertificates(engine, 'IP:127.0.0.1')
    await startDaemon(engine)
    await runLine(engine, 'sudo openssl genrsa -out other-key.pem 2048')
    await runLine(engine, 'sudo openssl req -new -x509 -key other-key.pem -out other-ca.pem -subj /CN=Other')
    const result = await runLine(engine, 'sudo docker --tlsverify --tlscacert=other-ca.pem --tlscert=cert.pem --tlskey=key.pem -H=tcp://127.0.0.1:2376 ps')
    expect(result.stderr).toContain('tls: failed to verify certificate: x509: certificate signed by unknown authority')
  })

  it('rejects plain HTTP on the TLS port', async () => {
    await makeCertificates(engine, 'IP:127.0.0.1')
    await startDaemon(engine)
    const result = await runLine(engine, 'docker -H tcp://127.0.0.1:2376 ps')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Error response from daemon: Client sent an HTTP request to an HTTPS server.\n')
  })

  it('uses DOCKER_HOST and DOCKER_CERT_PATH', async () => {
    await makeCertificates(engine, 'IP:127.0.0.1')
    await startDaemon(engine)
    for (const line of ['mkdir -p ~/.docker', 'sudo cat /etc/docker/certs/ca.pem | tee ~/.docker/ca.pem', 'sudo cat /etc/docker/certs/cert.pem | tee ~/.docker/cert.pem', 'sudo cat /etc/docker/certs/key.pem | tee ~/.docker/key.pem', 'export DOCKER_HOST=tcp://127.0.0.1:2376 DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=~/.docker']) {
      expect((await runLine(engine, line)).exitCode).toBe(0)
    }
    const result = await runLine(engine, 'docker ps')
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
  })

  it('reports a missing CA file', async () => {
    await runLine(engine, 'export DOCKER_TLS_VERIFY=1')
    const result = await runLine(engine, 'docker ps')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('unable to resolve docker endpoint: open /home/studente/.docker/ca.pem: no such file or directory\n')
  })

  it('fails when nothing listens on the port', async () => {
    const result = await runLine(engine, 'docker -H tcp://127.0.0.1:2375 ps')
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at tcp://127.0.0.1:2375. Is the docker daemon running?\n')
  })
})
