// cp and install in the host shell: permission checks on the source, the
// destination and the ownership change.

import { beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { runLine } from './test-support'

let engine: Engine

async function makeRootKey(): Promise<void> {
  await runLine(engine, 'sudo mkdir -p /etc/docker/certs')
  await runLine(engine, 'echo segreta | sudo tee /etc/docker/certs/key.pem')
  await runLine(engine, 'sudo chmod 0600 /etc/docker/certs/key.pem')
}

describe('cp', () => {
  beforeEach(() => {
    engine = new Engine()
  })

  it('copies a readable file', async () => {
    await runLine(engine, 'echo ciao > a.txt')
    const result = await runLine(engine, 'cp -v a.txt b.txt')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe("'a.txt' -> 'b.txt'\n")
    expect((await runLine(engine, 'cat b.txt')).stdout).toBe('ciao\n')
    expect((await runLine(engine, 'ls -l b.txt')).stdout).toMatch(/^-rw-r--r-- 1 studente studente 5 /)
  })

  it('copies into a directory', async () => {
    await runLine(engine, 'echo ciao > a.txt')
    await runLine(engine, 'mkdir dir')
    expect((await runLine(engine, 'cp a.txt dir')).exitCode).toBe(0)
    expect((await runLine(engine, 'cat dir/a.txt')).stdout).toBe('ciao\n')
  })

  it('rejects an unreadable source', async () => {
    await makeRootKey()
    const result = await runLine(engine, 'cp /etc/docker/certs/key.pem key.pem')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe("cp: cannot open '/etc/docker/certs/key.pem' for reading: Permission denied\n")
    expect((await runLine(engine, 'ls key.pem')).exitCode).toBe(2)
  })

  it('rejects an unwritable destination', async () => {
    await runLine(engine, 'echo ciao > a.txt')
    const result = await runLine(engine, 'cp a.txt /etc/a.txt')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe("cp: cannot create regular file '/etc/a.txt': Permission denied\n")
  })

  it('reports missing operands and sources', async () => {
    expect((await runLine(engine, 'cp')).stderr).toBe("cp: missing file operand\nTry 'cp --help' for more information.\n")
    expect((await runLine(engine, 'cp a')).stderr).toBe("cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n")
    expect((await runLine(engine, 'cp nessuno b')).stderr).toBe("cp: cannot stat 'nessuno': No such file or directory\n")
    await runLine(engine, 'echo ciao > a.txt')
    expect((await runLine(engine, 'cp a.txt ./a.txt')).stderr).toBe("cp: 'a.txt' and './a.txt' are the same file\n")
  })

  it('omits a directory without -r', async () => {
    await runLine(engine, 'mkdir -p src/sub')
    await runLine(engine, 'echo x > src/sub/f')
    expect((await runLine(engine, 'cp src dst')).stderr).toBe("cp: -r not specified; omitting directory 'src'\n")
    expect((await runLine(engine, 'cp -r src dst')).exitCode).toBe(0)
    expect((await runLine(engine, 'cat dst/sub/f')).stdout).toBe('x\n')
  })
})

describe('install', () => {
  beforeEach(async () => {
    engine = new Engine()
    await makeRootKey()
    await runLine(engine, 'mkdir -p ~/.docker')
  })

  it('hands a root key to studente', async () => {
    const result = await runLine(engine, 'sudo install -m 0400 -o studente /etc/docker/certs/key.pem /home/studente/.docker/key.pem')
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe('')
    expect((await runLine(engine, 'ls -l ~/.docker/key.pem')).stdout).toMatch(/^-r-------- 1 studente root 8 /)
    expect((await runLine(engine, 'cat ~/.docker/key.pem')).stdout).toBe('segreta\n')
  })

  it('needs root to change the owner', async () => {
    await runLine(engine, 'echo ciao > a.txt')
    const result = await runLine(engine, 'install -m 0400 -o root a.txt ~/.docker/a.txt')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe("install: cannot change ownership of '/home/studente/.docker/a.txt': Operation not permitted\n")
  })

  it('rejects an unreadable source', async () => {
    const result = await runLine(engine, 'install -m 0400 /etc/docker/certs/key.pem ~/.docker/key.pem')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe("install: cannot open '/etc/docker/certs/key.pem' for reading: Permission denied\n")
  })

  it('sets the mode for its own files', async () => {
    await runLine(engine, 'echo ciao > a.txt')
    expect((await runLine(engine, 'install -m 0444 a.txt ~/.docker/ca.pem')).exitCode).toBe(0)
    expect((await runLine(engine, 'ls -l ~/.docker/ca.pem')).stdout).toMatch(/^-r--r--r-- 1 studente studente 5 /)
    expect((await runLine(engine, 'install -m u+rw a.txt b.txt')).exitCode).toBe(0)
    expect((await runLine(engine, 'ls -l b.txt')).stdout).toMatch(/^-rw------- /)
  })

  it('rejects invalid options', async () => {
    expect((await runLine(engine, 'install -o nessuno a b')).stderr).toBe("install: invalid user 'nessuno'\nTry 'install --help' for more information.\n")
    expect((await runLine(engine, 'install -m 9x a b')).stderr).toBe("install: invalid mode '9x'\nTry 'install --help' for more information.\n")
    expect((await runLine(engine, 'install a --mode')).stderr).toBe("install: option '--mode' requires an argument\nTry 'install --help' for more information.\n")
  })

  it('creates directories with -d', async () => {
    expect((await runLine(engine, 'install -d -m 0700 ~/segreti/chiavi')).exitCode).toBe(0)
    expect((await runLine(engine, 'ls -ld ~/segreti/chiavi')).stdout).toMatch(/^drwx------ 2 studente studente /)
  })
})
