import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('docker images --format', () => {
  it('renders a template per image', async () => {
    const result = await run(createTestEngine(), "docker images --format '{{.Repository}}:{{.Tag}} {{.ID}} {{.Size}}' busybox")
    expect(result.stdout).toBe('busybox:latest 0ed463b26dae 4.28MB\n')
    expect(result.exitCode).toBe(0)
  })

  it('prints a header for table templates', async () => {
    const result = await run(createTestEngine(), "docker images --format 'table {{.Repository}}\\t{{.Digest}}' alpine")
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('REPOSITORY   DIGEST')
    expect(lines[1]).toMatch(/^alpine       sha256:[0-9a-f]{64}$/)
  })

  it('prints one JSON object per image', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker tag busybox corso/box:1')
    const result = await run(engine, 'docker images --format json corso/box')
    expect(result.stdout).toBe(
      '{"Containers":"N/A","CreatedAt":"2024-09-26 21:31:42 +0000 UTC","CreatedSince":"14 months ago","Digest":"\\u003cnone\\u003e","ID":"0ed463b26dae",' +
        '"Repository":"corso/box","SharedSize":"N/A","Size":"4.28MB","Tag":"1","UniqueSize":"N/A","VirtualSize":"4.278MB"}\n',
    )
  })

  it('reports a template error', async () => {
    const result = await run(createTestEngine(), "docker images --format '{{.Repository'")
    expect(result.stderr).toBe('template parsing error: template: :1: unclosed action\n')
    expect(result.exitCode).toBe(1)
  })
})

describe('list formatter syntax errors', () => {
  it.each(["docker ps --format '{{.Names'", "docker stats --no-stream --format '{{.Name'", "docker system df --format '{{.Type'", "docker images --format '{{.ID'"])('exit 1 for %s', async (line) => {
    const result = await run(createTestEngine(), line)
    expect(result.stderr).toBe('template parsing error: template: :1: unclosed action\n')
    expect(result.exitCode).toBe(1)
  })
})
