import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { busyboxColumns, gnuColumns } from './columns'

const NAMES = ['bin', 'boot', 'dev', 'docker-entrypoint.d', 'docker-entrypoint.sh', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']

describe('ls column layouts', () => {
  it('fills GNU columns top to bottom', () => {
    expect(gnuColumns(NAMES, 80)).toBe(
      [
        'bin   docker-entrypoint.d   home   media  proc  sbin  tmp',
        'boot  docker-entrypoint.sh  lib    mnt    root  srv   usr',
        'dev   etc                   lib64  opt    run   sys   var',
        '',
      ].join('\n'),
    )
  })

  it('puts short GNU lists on one line', () => {
    expect(gnuColumns(['a', 'bb', 'c'], 80)).toBe('a  bb  c\n')
  })

  it('falls back to one GNU column when names are wide', () => {
    expect(gnuColumns(['x'.repeat(50), 'y'.repeat(40)], 80)).toBe(`${'x'.repeat(50)}\n${'y'.repeat(40)}\n`)
  })

  it('gives every BusyBox column one width', () => {
    expect(busyboxColumns(['bin', 'dev', 'etc', 'home', 'proc'], 80)).toBe('bin   dev   etc   home  proc\n')
    expect(busyboxColumns(['a'.repeat(30), 'b', 'c'], 80)).toBe(`${'a'.repeat(30)}  c\nb\n`)
  })
})

describe('ls output without a terminal', () => {
  it('prints one name per line in docker run without -t', async () => {
    const result = await run(createTestEngine(), 'docker run --rm busybox ls /')
    expect(result.stdout).toBe('bin\ndev\netc\nhome\nmnt\nproc\nroot\nsbin\nsys\ntmp\nusr\nvar\n')
  })

  it('prints columns in docker run -t', async () => {
    const result = await run(createTestEngine(), 'docker run --rm -t busybox ls /')
    expect(result.stdout).toBe('bin   dev   etc   home  mnt   proc  root  sbin  sys   tmp   usr   var\n')
  })

  it('prints one name per line into a pipe under -t', async () => {
    const result = await run(createTestEngine(), `docker run --rm -t busybox sh -c 'ls / | head -n 2'`)
    expect(result.stdout).toBe('bin\ndev\n')
  })

  it('prints one name per line into a file under -t', async () => {
    const result = await run(createTestEngine(), `docker run --rm -t busybox sh -c 'ls / > /tmp/list; cat /tmp/list' `)
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['bin', 'dev'])
  })

  it('prints one name per line from docker exec without -t', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, 'docker exec web ls /usr/share/nginx/html')
    expect(result.stdout).toBe('50x.html\nindex.html\n')
  })

  it('prints columns from docker exec -t', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, 'docker exec -t web ls /usr/share/nginx/html')
    expect(result.stdout).toBe('50x.html  index.html\n')
  })

  it('prints host ls one name per line into a pipe', async () => {
    const engine = createTestEngine()
    await run(engine, 'mkdir alpha beta')
    expect((await run(engine, 'ls', true)).stdout).toBe('alpha  beta\n')
    expect((await run(engine, 'ls | cat', true)).stdout).toBe('alpha\nbeta\n')
    expect((await run(engine, 'ls')).stdout).toBe('alpha\nbeta\n')
  })
})
