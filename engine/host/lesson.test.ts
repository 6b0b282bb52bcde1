// Replays every `bash runnable` block of the host-security lesson, in order,
// on one engine, and checks what the real tools would do at each step.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { expectOutput, runLine, runnableBlocks } from './test-support'

const LESSON = join(__dirname, '../../content/lessons/sicurezza-host.mdx')

interface Step {
  line: string
  exitCode: number
  answers?: string[]
  stdout?: string | RegExp
  stderr?: string | RegExp
}

const RULE = '-w /var/run/docker.sock -p wa -k docker-socket-access'
const SIGN = 'sudo openssl x509 -req -days 365 -sha256 -in'
const PROXY_RUN = 'docker run -d --name proxy -v /var/run/docker.sock:/var/run/docker.sock:ro -e CONTAINERS=1 -p 127.0.0.1:2375:2375 tecnativa/docker-socket-proxy'
const FORBIDDEN = 'Error response from daemon: <html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>'
const DOCKERD = 'sudo dockerd --tlsverify \\\n  --tlscacert=/etc/docker/certs/ca.pem \\\n  --tlscert=/etc/docker/certs/server-cert.pem \\\n  --tlskey=/etc/docker/certs/server-key.pem \\\n  -H=0.0.0.0:2376'

// Clicked top to bottom, every block behaves as the lesson describes. The rules
// file exists before auditd restarts, and the certificates carry SANs and reach
// ~/.docker. `docker info` connects over TLS to the daemon started by hand. The
// socket proxy lets `ps` through and rejects `run` and `images` with 403, and
// the rootless socket serves its owner.
const STEPS: Step[] = [
  { line: 'ls -l /var/run/docker.sock', exitCode: 0, stdout: 'srw-rw---- 1 root docker 0 Nov 27 10:00 /var/run/docker.sock\n' },
  { line: 'docker version', exitCode: 0, stdout: /^Client:\n Version: {11}28\.2\.2\n[\s\S]*Server: Docker Engine - Community\n/ },
  { line: `sudo auditctl ${RULE}`, exitCode: 0, stdout: '' },
  { line: `echo '${RULE}' | sudo tee /etc/audit/rules.d/docker-sock.rules`, exitCode: 0, stdout: `${RULE}\n` },
  { line: 'sudo systemctl restart auditd', exitCode: 0, stdout: '' },
  { line: 'sudo auditctl -l | grep docker-sock', exitCode: 0, stdout: `${RULE}\n` },
  { line: 'sudo chmod 660 /var/run/docker.sock', exitCode: 0, stdout: '' },
  { line: 'sudo ausearch -k docker-socket-access', exitCode: 0, stdout: /op=remove_rule key="docker-socket-access"[\s\S]*op=add_rule key="docker-socket-access"[\s\S]*name="\/var\/run\/docker\.sock"[\s\S]*syscall=268 success=yes[\s\S]* uid=0 / },
  { line: 'sudo mkdir -p /etc/docker/certs', exitCode: 0, stderr: '' },
  { line: 'cd /etc/docker/certs', exitCode: 0, stderr: '' },
  { line: 'sudo openssl genrsa -aes256 -out ca-key.pem 4096', exitCode: 0, answers: ['segreto', 'segreto'], stderr: /Enter PEM pass phrase:Verifying - Enter PEM pass phrase:$/ },
  { line: 'sudo openssl req -new -x509 -days 365 -key ca-key.pem -sha256 -out ca.pem', exitCode: 0, answers: ['segreto', 'IT', '', '', 'Scuola', '', 'Course CA', ''], stderr: /Common Name \(e\.g\. server FQDN or YOUR name\) \[\]:/ },
  { line: 'sudo openssl genrsa -out server-key.pem 4096', exitCode: 0, stdout: '' },
  { line: 'sudo openssl req -subj "/CN=server" -new -key server-key.pem -out server.csr', exitCode: 0, stderr: '' },
  { line: `${SIGN} server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem`, exitCode: 0, answers: ['segreto'], stderr: 'Certificate request self-signature ok\nsubject=CN = server\nEnter pass phrase for ca-key.pem:' },
  { line: 'sudo openssl genrsa -out key.pem 4096', exitCode: 0, stdout: '' },
  { line: 'sudo openssl req -subj "/CN=client" -new -key key.pem -out client.csr', exitCode: 0, stderr: '' },
  { line: `${SIGN} client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out cert.pem`, exitCode: 0, answers: ['segreto'], stderr: /^Certificate request self-signature ok\nsubject=CN = client\n/ },
  { line: 'echo subjectAltName = DNS:localhost,IP:127.0.0.1 | sudo tee extfile.cnf', exitCode: 0, stdout: 'subjectAltName = DNS:localhost,IP:127.0.0.1\n' },
  { line: 'echo extendedKeyUsage = serverAuth | sudo tee -a extfile.cnf', exitCode: 0, stdout: 'extendedKeyUsage = serverAuth\n' },
  { line: `${SIGN} server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem -extfile extfile.cnf`, exitCode: 0, answers: ['segreto'], stderr: /^Certificate request self-signature ok\nsubject=CN = server\n/ },
  { line: 'echo extendedKeyUsage = clientAuth | sudo tee extfile-client.cnf', exitCode: 0, stdout: 'extendedKeyUsage = clientAuth\n' },
  { line: `${SIGN} client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out cert.pem -extfile extfile-client.cnf`, exitCode: 0, answers: ['segreto'], stderr: /^Certificate request self-signature ok\nsubject=CN = client\n/ },
  { line: DOCKERD, exitCode: 0, stderr: /msg="API listen on \[::\]:2376"/ },
  { line: 'export DOCKER_TLS_VERIFY=1', exitCode: 0 },
  { line: 'export DOCKER_CERT_PATH=~/.docker', exitCode: 0 },
  { line: 'mkdir -p ~/.docker', exitCode: 0, stderr: '' },
  { line: 'sudo cat /etc/docker/certs/ca.pem > $HOME/.docker/ca.pem', exitCode: 0, stderr: '' },
  { line: 'sudo cat /etc/docker/certs/cert.pem > $HOME/.docker/cert.pem', exitCode: 0, stderr: '' },
  { line: 'sudo cat /etc/docker/certs/key.pem > $HOME/.docker/key.pem', exitCode: 0, stderr: '' },
  { line: 'chmod 0444 ~/.docker/ca.pem ~/.docker/cert.pem', exitCode: 0, stderr: '' },
  { line: 'chmod 0400 ~/.docker/key.pem', exitCode: 0, stderr: '' },
  { line: 'export DOCKER_HOST=tcp://127.0.0.1:2376', exitCode: 0 },
  { line: 'docker info', exitCode: 0, stdout: /\nServer:\n[\s\S]*Server Version: 28\.2\.2\n/, stderr: '' },
  { line: 'unset DOCKER_HOST DOCKER_TLS_VERIFY DOCKER_CERT_PATH', exitCode: 0 },
  { line: PROXY_RUN, exitCode: 0, stdout: /^[0-9a-f]{64}\n$/, stderr: '' },
  { line: 'docker -H tcp://127.0.0.1:2375 ps', exitCode: 0, stdout: /\n[0-9a-f]{12} {3}tecnativa\/docker-socket-proxy {3}"docker-entrypoint\.s…" {3}/, stderr: '' },
  { line: 'docker -H tcp://127.0.0.1:2375 run --rm alpine id', exitCode: 125, stdout: '', stderr: `docker: ${FORBIDDEN}\n\nRun 'docker run --help' for more information\n` },
  { line: 'DOCKER_HOST=tcp://127.0.0.1:2375 docker images', exitCode: 1, stdout: '', stderr: `${FORBIDDEN}\n` },
  { line: 'docker logs proxy', exitCode: 0, stdout: /"GET \/v1\.50\/containers\/json HTTP\/1\.1"\n[\s\S]* 403 192 - - PR-- .*"POST \/v1\.50\/containers\/create HTTP\/1\.1"\n[\s\S]* 403 192 - - PR-- .*"GET \/v1\.50\/images\/json HTTP\/1\.1"\n$/ },
  { line: 'dockerd-rootless-setuptool.sh install', exitCode: 0, stdout: /export DOCKER_HOST=unix:\/\/\/run\/user\/1000\/docker\.sock\n/ },
  { line: 'DOCKER_HOST=unix:///run/user/1000/docker.sock docker run --rm alpine id', exitCode: 0, stdout: /^uid=0\(root\) gid=0\(root\)/, stderr: '' },
]

describe('sicurezza-host lesson', () => {
  it('has the runnable blocks the replay expects', () => {
    expect(runnableBlocks(LESSON)).toEqual(STEPS.map((step) => step.line))
  })

  it('replays every runnable block', async () => {
    const engine = new Engine()
    for (const step of STEPS) {
      const result = await runLine(engine, step.line, step.answers)
      expect(result.exitCode, `${step.line}\n${result.stderr}`).toBe(step.exitCode)
      expectOutput(result.stdout, step.stdout, `stdout of ${step.line}`)
      expectOutput(result.stderr, step.stderr, `stderr of ${step.line}`)
    }
  })
})
