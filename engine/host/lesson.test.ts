// Replays every `bash runnable` block of the host-security lesson, in order,
// on one engine, and checks what the real tools would do at each step.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { runLine, runnableBlocks } from './test-support'

const LESSON = join(__dirname, '../../content/lessons/sicurezza-host.mdx')

interface Step {
  line: string
  exitCode: number
  answers?: string[]
  stdout?: string | RegExp
  stderr?: string | RegExp
}

const CERT_DIR_ERROR = "mkdir: cannot create directory '/etc/docker/certs': Permission denied\n"

// The lesson runs `mkdir`, `dockerd` without sudo and restarts auditd before any
// rules file exists, so those steps fail or list nothing, as on a real host.
const STEPS: Step[] = [
  { line: 'ls -l /var/run/docker.sock', exitCode: 0, stdout: 'srw-rw---- 1 root docker 0 Nov 27 10:00 /var/run/docker.sock\n' },
  { line: 'docker version', exitCode: 0, stdout: /^Client:\n Version: {11}28\.2\.2\n[\s\S]*Server: Docker Engine - Community\n/ },
  { line: 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access', exitCode: 0, stdout: '' },
  { line: 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access', exitCode: 255, stderr: 'Error sending add rule data request (Rule exists)\n' },
  { line: 'sudo systemctl restart auditd', exitCode: 0, stdout: '' },
  { line: 'sudo auditctl -l | grep docker-sock', exitCode: 1, stdout: '' },
  { line: 'sudo ausearch -k docker-socket-access', exitCode: 0, stdout: /op=add_rule key="docker-socket-access"[\s\S]*op=remove_rule key="docker-socket-access"/ },
  { line: 'mkdir -p /etc/docker/certs', exitCode: 1, stderr: CERT_DIR_ERROR },
  { line: 'cd /etc/docker/certs', exitCode: 1, stderr: 'bash: cd: /etc/docker/certs: No such file or directory\n' },
  { line: 'openssl genrsa -aes256 -out ca-key.pem 4096', exitCode: 0, answers: ['segreto', 'segreto'], stderr: /Enter PEM pass phrase:Verifying - Enter PEM pass phrase:$/ },
  { line: 'openssl req -new -x509 -days 365 -key ca-key.pem -sha256 -out ca.pem', exitCode: 0, answers: ['segreto', 'IT', '', '', 'Scuola', '', 'Course CA', ''], stderr: /Common Name \(e\.g\. server FQDN or YOUR name\) \[\]:/ },
  { line: 'openssl genrsa -out server-key.pem 4096', exitCode: 0, stdout: '' },
  { line: 'openssl req -subj "/CN=server" -new -key server-key.pem -out server.csr', exitCode: 0, stderr: '' },
  { line: 'openssl x509 -req -days 365 -sha256 -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem', exitCode: 0, answers: ['segreto'], stderr: 'Certificate request self-signature ok\nsubject=CN = server\nEnter pass phrase for ca-key.pem:' },
  { line: 'openssl genrsa -out key.pem 4096', exitCode: 0, stdout: '' },
  { line: 'openssl req -subj "/CN=client" -new -key key.pem -out client.csr', exitCode: 0, stderr: '' },
  { line: 'openssl x509 -req -days 365 -sha256 -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out cert.pem', exitCode: 0, answers: ['segreto'], stderr: /^Certificate request self-signature ok\nsubject=CN = client\n/ },
  { line: 'dockerd --tlsverify \\\n  --tlscacert=/etc/docker/certs/ca.pem \\\n  --tlscert=/etc/docker/certs/server-cert.pem \\\n  --tlskey=/etc/docker/certs/server-key.pem \\\n  -H=0.0.0.0:2376', exitCode: 1, stderr: /^dockerd needs to be started with root privileges\./ },
  { line: 'export DOCKER_TLS_VERIFY=1', exitCode: 0 },
  { line: 'export DOCKER_CERT_PATH=~/.docker', exitCode: 0 },
  { line: 'docker info', exitCode: 1, stderr: 'unable to resolve docker endpoint: open /home/studente/.docker/ca.pem: no such file or directory\n' },
]

function check(actual: string, expected: string | RegExp | undefined, label: string): void {
  if (expected === undefined) return
  if (typeof expected === 'string') expect(actual, label).toBe(expected)
  else expect(actual, label).toMatch(expected)
}

describe('sicurezza-host lesson', () => {
  it('has the runnable blocks the replay expects', () => {
    expect(runnableBlocks(LESSON)).toEqual(STEPS.map((step) => step.line))
  })

  it('replays every runnable block', async () => {
    const engine = new Engine()
    for (const step of STEPS) {
      const result = await runLine(engine, step.line, step.answers)
      expect(result.exitCode, `${step.line}\n${result.stderr}`).toBe(step.exitCode)
      check(result.stdout, step.stdout, `stdout of ${step.line}`)
      check(result.stderr, step.stderr, `stderr of ${step.line}`)
    }
  })
})
