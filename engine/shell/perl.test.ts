import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { perlAllocationBytes } from './perl'

const HOG = `perl -e '$x = "a" x (256*1024*1024); print "done\\n"'`

describe('perl allocation size', () => {
  it('multiplies the repeated string', () => {
    expect(perlAllocationBytes(['perl', '-e', '$x = "a" x (256*1024*1024); print "done\\n"'])).toBe(256 * 1024 * 1024)
    expect(perlAllocationBytes(['/usr/bin/perl', '-e', "$x = 'ab' x 10"])).toBe(20)
  })

  it('ignores scripts without repetition', () => {
    expect(perlAllocationBytes(['perl', '-e', 'print "hi\\n"'])).toBeUndefined()
    expect(perlAllocationBytes(['tail', '-e', '"a" x 5'])).toBeUndefined()
  })
})

describe('perl memory hog', () => {
  it('is OOM-killed under --memory', async () => {
    const engine = createTestEngine()
    const result = await run(engine, `docker run --name oom --memory 64m nginx ${HOG}`)
    expect(result.merged).toBe('')
    expect(result.exitCode).toBe(137)

    const state = await run(engine, `docker inspect --format 'OOMKilled={{.State.OOMKilled}} ExitCode={{.State.ExitCode}} Status={{.State.Status}}' oom`)
    expect(state.stdout).toBe('OOMKilled=true ExitCode=137 Status=exited\n')
  })

  it('finishes without a memory limit', async () => {
    const result = await run(createTestEngine(), `docker run --rm nginx ${HOG}`)
    expect(result.stdout).toBe('done\n')
    expect(result.exitCode).toBe(0)
  })

  it('is not found in busybox', async () => {
    const result = await run(createTestEngine(), `docker run --rm --memory 64m busybox ${HOG}`)
    expect(result.exitCode).toBe(127)
    expect(result.stderr).toContain('exec: "perl": executable file not found in $PATH')
  })

  it('prints from docker exec', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, `docker exec web perl -e 'print "one\\ttwo\\n"; print '"'"'three'"'"''`)
    expect(result.stdout).toBe('one\ttwo\nthree')
  })
})
