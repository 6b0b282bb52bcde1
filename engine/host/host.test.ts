import { beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { runLine } from './test-support'

const DENIED = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied\n'

describe('users and groups', () => {
  let engine: Engine

  beforeEach(() => {
    engine = new Engine()
  })

  it('starts as studente in docker', async () => {
    expect((await runLine(engine, 'whoami')).stdout).toBe('studente\n')
    expect((await runLine(engine, 'id')).stdout).toBe('uid=1000(studente) gid=1000(studente) groups=1000(studente),4(adm),27(sudo),988(docker)\n')
    expect((await runLine(engine, 'groups')).stdout).toBe('studente adm sudo docker\n')
    expect((await runLine(engine, 'getent group docker')).stdout).toBe('docker:x:988:studente\n')
  })

  it('runs commands as root with sudo', async () => {
    expect((await runLine(engine, 'sudo id -u')).stdout).toBe('0\n')
    expect((await runLine(engine, 'whoami')).stdout).toBe('studente\n')
  })

  it('switches user with sudo su and exit', async () => {
    await runLine(engine, 'sudo su - mario')
    expect(engine.prompt()).toBe('mario@host:~$ ')
    expect((await runLine(engine, 'docker ps')).stderr).toBe(DENIED)
    expect((await runLine(engine, 'exit')).stdout).toBe('logout\n')
    expect(engine.prompt()).toBe('studente@host:~$ ')
  })

  it('rejects su without the password', async () => {
    const result = await runLine(engine, 'su - mario', ['qualcosa'])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Password: su: Authentication failure\n')
  })

  it('reports a non-numeric exit status', async () => {
    await runLine(engine, 'sudo su - mario')
    const result = await runLine(engine, 'exit *')
    expect(result.stderr).toBe('bash: exit: *: numeric argument required\n')
    expect(result.exitCode).toBe(2)
    expect(engine.prompt()).toBe('studente@host:~$ ')
  })

  it('keeps the session on exit with two arguments', async () => {
    const result = await runLine(engine, 'exit 1 2')
    expect(result.stderr).toBe('bash: exit: too many arguments\n')
    expect(result.exitCode).toBe(1)
  })

  it('clears the screen and scrollback', async () => {
    expect((await runLine(engine, 'clear')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J')
  })

  it('denies usermod to a normal user', async () => {
    const result = await runLine(engine, 'usermod -aG docker mario')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.\n')
  })

  it('applies usermod at the next login', async () => {
    await runLine(engine, 'sudo su - mario')
    expect((await runLine(engine, 'id')).stdout).toBe('uid=1001(mario) gid=1001(mario) groups=1001(mario)\n')
    await runLine(engine, 'exit')

    expect((await runLine(engine, 'sudo usermod -aG docker mario')).exitCode).toBe(0)
    expect((await runLine(engine, 'id mario')).stdout).toBe('uid=1001(mario) gid=1001(mario) groups=1001(mario),988(docker)\n')
    expect((await runLine(engine, 'sudo -u mario docker ps')).exitCode).toBe(0)
  })

  it('keeps old groups until newgrp', async () => {
    await runLine(engine, 'sudo gpasswd -d studente docker')
    expect((await runLine(engine, 'docker ps')).exitCode).toBe(0)

    await runLine(engine, 'sudo gpasswd -a studente docker')
    await runLine(engine, 'sudo su - studente')
    await runLine(engine, 'sudo gpasswd -d studente docker')
    expect((await runLine(engine, 'docker ps')).exitCode).toBe(0)
    await runLine(engine, 'exit')
  })

  it('newgrp switches the primary group', async () => {
    expect((await runLine(engine, 'newgrp docker')).exitCode).toBe(0)
    expect((await runLine(engine, 'id -gn')).stdout).toBe('docker\n')
    await runLine(engine, 'exit')
    expect((await runLine(engine, 'id -gn')).stdout).toBe('studente\n')
  })
})

describe('docker socket permissions', () => {
  let engine: Engine

  beforeEach(() => {
    engine = new Engine()
  })

  it('lists the socket as root:docker 660', async () => {
    expect((await runLine(engine, 'ls -l /var/run/docker.sock')).stdout).toBe('srw-rw---- 1 root docker 0 Nov 27 10:00 /var/run/docker.sock\n')
    expect((await runLine(engine, 'ls -l /run/docker.sock')).stdout).toBe('srw-rw---- 1 root docker 0 Nov 27 10:00 /run/docker.sock\n')
  })

  it('denies a user outside docker', async () => {
    const ps = await runLine(engine, 'sudo -u mario docker ps')
    expect(ps.exitCode).toBe(1)
    expect(ps.stderr).toBe(DENIED)

    const run = await runLine(engine, 'sudo -u mario docker run -d nginx')
    expect(run.exitCode).toBe(125)
    expect(run.stderr).toBe(`docker: ${DENIED}\nRun 'docker run --help' for more information\n`)
  })

  it('opens Docker to everyone with 666', async () => {
    await runLine(engine, 'sudo chmod 666 /var/run/docker.sock')
    expect((await runLine(engine, 'ls -l /var/run/docker.sock')).stdout).toBe('srw-rw-rw- 1 root docker 0 Nov 27 10:00 /var/run/docker.sock\n')
    const escape = await runLine(engine, 'sudo -u www-data docker run -d --name evil -v /:/host --privileged nginx')
    expect(escape.exitCode).toBe(0)
  })

  it('closes Docker with chgrp root', async () => {
    await runLine(engine, 'sudo chgrp root /var/run/docker.sock')
    expect((await runLine(engine, 'docker ps')).stderr).toBe(DENIED)
    expect((await runLine(engine, 'sudo docker ps')).exitCode).toBe(0)
    await runLine(engine, 'sudo chown root:docker /var/run/docker.sock')
    expect((await runLine(engine, 'docker ps')).exitCode).toBe(0)
  })

  it('rejects chmod by a non-owner', async () => {
    const result = await runLine(engine, 'chmod 666 /var/run/docker.sock')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe("chmod: changing permissions of '/var/run/docker.sock': Operation not permitted\n")
  })

  it('reports a missing socket', async () => {
    await runLine(engine, 'sudo rm /run/docker.sock')
    const result = await runLine(engine, 'docker ps')
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n')
  })

  it('uses the rootless socket', async () => {
    const setup = await runLine(engine, 'dockerd-rootless-setuptool.sh install')
    expect(setup.exitCode).toBe(0)
    expect(setup.stdout).toContain('export DOCKER_HOST=unix:///run/user/1000/docker.sock')
    await runLine(engine, 'sudo gpasswd -d studente docker')
    await runLine(engine, 'sudo su - studente')
    expect((await runLine(engine, 'docker ps')).exitCode).toBe(1)
    await runLine(engine, 'export DOCKER_HOST=unix:///run/user/1000/docker.sock')
    expect((await runLine(engine, 'docker ps')).exitCode).toBe(0)
  })
})

describe('auditd', () => {
  let engine: Engine

  beforeEach(() => {
    engine = new Engine()
  })

  it('lists no rules at start', async () => {
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('No rules\n')
  })

  it('requires root for auditctl', async () => {
    const result = await runLine(engine, 'auditctl -l')
    expect(result.exitCode).toBe(4)
    expect(result.stderr).toBe('You must be root to run this program.\n')
  })

  it('lists a watch rule with ordered perms', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p aw -k docker-socket-access')
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('-w /var/run/docker.sock -p wa -k docker-socket-access\n')
  })

  it('rejects a duplicate rule', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k k')
    const result = await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k k')
    expect(result.exitCode).toBe(255)
    expect(result.stderr).toBe('Error sending add rule data request (Rule exists)\n')
  })

  it('deletes rules with -W and -D', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k k')
    await runLine(engine, 'sudo auditctl -w /etc/docker -p wa -k d')
    await runLine(engine, 'sudo auditctl -W /etc/docker -p wa -k d')
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('-w /var/run/docker.sock -p wa -k k\n')
    expect((await runLine(engine, 'sudo auditctl -D')).stdout).toBe('No rules\n')
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('No rules\n')
  })

  it('records a chmod of the socket', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access')
    engine.advance(5000)
    await runLine(engine, 'sudo chmod 666 /run/docker.sock')
    const result = await runLine(engine, 'sudo ausearch -k docker-socket-access')
    const events = result.stdout.split('----\n').filter(Boolean)
    expect(events).toHaveLength(2)
    expect(events[1]).toMatch(/^time->Thu Nov 27 10:00:05 2025\ntype=PROCTITLE msg=audit\(1764237605\.000:\d+\): proctitle=63686D6F64/)
    expect(events[1]).toContain('name="/run/docker.sock"')
    expect(events[1]).toContain('mode=0140666 ouid=0 ogid=988')
    expect(events[1]).toContain('syscall=268 success=yes')
    expect(events[1]).toContain(' auid=1000 uid=0 gid=0 ')
    expect(events[1]).toContain('comm="chmod" exe="/usr/bin/chmod" subj=unconfined key="docker-socket-access"\n')
  })

  it('logs no event for docker commands on wa', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access')
    await runLine(engine, 'docker ps')
    const result = await runLine(engine, 'sudo ausearch -k docker-socket-access')
    expect(result.stdout.match(/^----$/gm)).toHaveLength(1)
  })

  it('logs each docker execution per user', async () => {
    await runLine(engine, 'sudo auditctl -w /usr/bin/docker -p x -k docker')
    await runLine(engine, 'docker ps')
    await runLine(engine, 'sudo -u mario docker ps')
    const result = await runLine(engine, 'sudo ausearch -i -k docker')
    expect(result.stdout).toContain('syscall=execve success=yes')
    expect(result.stdout).toContain('auid=studente uid=studente')
    expect(result.stdout).toContain('auid=studente uid=mario')
    expect(result.stdout).toContain('proctitle=docker ps ')
  })

  it('filters events with --start recent', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access')
    engine.advance(3_600_000)
    expect((await runLine(engine, 'sudo ausearch -k docker-socket-access --start recent')).exitCode).toBe(1)
    await runLine(engine, 'sudo chmod 660 /var/run/docker.sock')
    const recent = await runLine(engine, 'sudo ausearch -k docker-socket-access --start recent')
    expect(recent.stdout.match(/^----$/gm)).toHaveLength(1)
    expect(recent.stdout).toContain('type=SYSCALL')
  })

  it('prints no matches on stderr', async () => {
    const result = await runLine(engine, 'sudo ausearch -k nothing')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('<no matches>\n')
  })

  it('loads rules.d on restart and augenrules', async () => {
    await runLine(engine, 'echo "-w /var/run/docker.sock -p wa -k docker-socket-access" | sudo tee /etc/audit/rules.d/docker-sock.rules')
    expect((await runLine(engine, 'sudo augenrules --check')).stdout).toBe('/usr/sbin/augenrules: Rules have changed and should be updated\n')
    expect((await runLine(engine, 'sudo systemctl restart auditd')).exitCode).toBe(0)
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('-w /var/run/docker.sock -p wa -k docker-socket-access\n')
    expect((await runLine(engine, 'sudo augenrules --check')).stdout).toBe('/usr/sbin/augenrules: No change\n')

    await runLine(engine, 'sudo auditctl -D')
    await runLine(engine, 'sudo augenrules --load')
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('-w /var/run/docker.sock -p wa -k docker-socket-access\n')
  })

  it('drops auditctl-only rules on restart', async () => {
    await runLine(engine, 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access')
    await runLine(engine, 'sudo systemctl restart auditd')
    expect((await runLine(engine, 'sudo auditctl -l')).stdout).toBe('No rules\n')
  })
})
