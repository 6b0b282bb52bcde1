import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { findScoutImage } from './catalog'
import { countBySeverity } from './vulnerabilities'
import { SIMULATED_NOTE, formatCounts } from './format'

function counts(reference: string): readonly number[] {
  const spec = findScoutImage(reference)
  if (!spec) throw new Error(`${reference} is not in the scout catalog`)
  return countBySeverity(spec)
}

function total(reference: string): number {
  return counts(reference).reduce((sum, count) => sum + count, 0)
}

describe('scout catalog', () => {
  it('gives slim images fewer vulnerabilities than full ones', () => {
    expect(total('python:3.9-slim')).toBeLessThan(total('python:3.9'))
    expect(total('node:22-bookworm-slim')).toBeLessThan(total('node:latest'))
    expect(total('debian:bookworm-slim')).toBeLessThan(total('debian:bookworm'))
  })

  it('gives distroless images the fewest', () => {
    expect(total('gcr.io/distroless/static-debian12:nonroot')).toBe(0)
    expect(total('gcr.io/distroless/base-debian12:nonroot')).toBeLessThan(total('debian:bookworm-slim'))
  })

  it('gives a rebuilt base fewer than an old one', () => {
    expect(total('node:22-bookworm-slim')).toBeLessThan(total('node:22.11.0-bookworm-slim'))
    expect(counts('node:22.11.0-bookworm-slim')[1]).toBeGreaterThan(counts('node:22-bookworm-slim')[1]!)
  })

  it('counts python:3.9-slim per severity', () => {
    expect(counts('python:3.9-slim')).toEqual([0, 2, 2, 12])
  })

  it('normalizes docker.io references and missing tags', () => {
    expect(findScoutImage('docker.io/library/python:3.9')?.reference).toBe('python:3.9')
    expect(findScoutImage('alpine')?.reference).toBe('alpine:latest')
  })
})

describe('docker scout cves', () => {
  it('prints the simulated note, SBOM and summary lines', async () => {
    const result = await run(createTestEngine(), 'docker scout cves python:3.9-slim')
    const lines = result.stdout.split('\n')

    expect(result.exitCode).toBe(0)
    expect(lines[0]).toBe(SIMULATED_NOTE)
    expect(lines[1]).toBe('    ✓ SBOM of image already cached, 112 packages indexed')
    expect(lines[2]).toBe('    ✗ Detected 7 vulnerable packages with a total of 16 vulnerabilities')
    expect(lines).toContain(`    vulnerabilities │${formatCounts([0, 2, 2, 12])}   `)
    expect(lines.slice(-6)).toEqual(['16 vulnerabilities found in 7 packages', '  CRITICAL  0', '  HIGH      2', '  MEDIUM    2', '  LOW       12', ''])
  })

  it('lists packages most severe first with fictitious IDs', async () => {
    const result = await run(createTestEngine(), 'docker scout cves python:3.9-slim')
    const lines = result.stdout.split('\n')
    const firstPackage = lines.indexOf('## Packages and Vulnerabilities') + 2

    expect(lines[firstPackage]).toBe(`${formatCounts([0, 2, 0, 0])}  setuptools 58.1.0`)
    expect(lines[firstPackage + 1]).toBe('pkg:pypi/setuptools@58.1.0')
    expect(lines[firstPackage + 3]).toMatch(/^ {4}✗ HIGH SIM-2025-\d{4}$/)
    expect(result.stdout).not.toMatch(/CVE-\d/)
  })

  it('filters with --only-severity', async () => {
    const result = await run(createTestEngine(), 'docker scout cves --only-severity critical,high python:3.9')

    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toMatch(/✗ (MEDIUM|LOW) /)
    expect(result.stdout).toContain('10 vulnerabilities found in 6 packages')
  })

  it('reports a clean distroless image', async () => {
    const result = await run(createTestEngine(), 'docker scout cves gcr.io/distroless/static-debian12:nonroot')

    expect(result.stdout.split('\n')[2]).toBe('    ✓ No vulnerable package detected')
    expect(result.stdout).toContain('No vulnerable package detected\n')
  })

  it('rejects an unknown image', async () => {
    const result = await run(createTestEngine(), 'docker scout cves nosuchimage:1.0')

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`${SIMULATED_NOTE}\nERROR image "nosuchimage:1.0" not found: it is neither a local image nor in the simulated catalog\n`)
  })

  it('rejects a missing image and a bad severity', async () => {
    const engine = createTestEngine()

    expect((await run(engine, 'docker scout cves')).exitCode).toBe(1)
    expect((await run(engine, 'docker scout cves --only-severity urgent python:3.9')).stderr).toBe('ERROR invalid severity "urgent": use critical, high, medium or low\n')
    expect((await run(engine, 'docker scout cves --fast python:3.9')).stderr).toBe('ERROR unknown flag: --fast\n')
  })

  it('analyzes a built image through its base', async () => {
    const engine = createTestEngine()
    engine.writeHostFile('app/Dockerfile', 'FROM python:3.9-slim\nWORKDIR /app\nCOPY sample.py .\nCMD ["python", "sample.py"]\n')
    engine.writeHostFile('app/sample.py', 'print("ciao")\n')
    expect((await run(engine, 'docker build -t demo app')).exitCode).toBe(0)

    const cves = await run(engine, 'docker scout cves demo')
    expect(cves.stdout).toContain('  Target            │  demo:latest')
    expect(cves.stdout).toContain('16 vulnerabilities found in 7 packages')

    const quickview = await run(engine, 'docker scout quickview')
    expect(quickview.stdout).toContain('  Base image         │  python:3.9-slim')
  })
})

describe('docker scout quickview', () => {
  it('compares target, base and updated base', async () => {
    const result = await run(createTestEngine(), 'docker scout quickview python:3.9')
    const lines = result.stdout.split('\n')

    expect(result.exitCode).toBe(0)
    expect(lines[0]).toBe(SIMULATED_NOTE)
    expect(lines[3]).toBe(`  Target             │  python:3.9                │${formatCounts([1, 9, 24, 58])}`)
    expect(lines[5]).toBe(`  Base image         │  buildpack-deps:bookworm   │${formatCounts([1, 7, 23, 58])}`)
    expect(lines[6]).toBe(`  Updated base image │  python:3.13-slim          │${formatCounts([0, 0, 1, 12])}`)
    expect(lines[7]).toBe('                     │                            │    -1     -7    -22    -46')
    expect(lines).toContain('    View vulnerabilities → docker scout cves python:3.9')
  })

  it('fails without images to analyze', async () => {
    const engine = createTestEngine()
    const images = await run(engine, 'docker images -q')
    for (const id of images.stdout.trim().split('\n').filter(Boolean)) await run(engine, `docker rmi -f ${id}`)

    const result = await run(engine, 'docker scout quickview')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('ERROR no image given and no local image found: run docker scout quickview IMAGE\n')
  })
})

describe('docker scout help', () => {
  it('lists the simulated subcommands', async () => {
    const result = await run(createTestEngine(), 'docker scout --help')

    expect(result.exitCode).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(SIMULATED_NOTE)
    expect(result.stdout).toContain('Usage:  docker scout [command]')
    expect(result.stdout).toContain('  cves            Display CVEs identified in a software artifact')
    expect(result.stdout).toContain('  quickview       Quick overview of an image')
  })

  it('prints subcommand help', async () => {
    const result = await run(createTestEngine(), 'docker scout cves --help')

    expect(result.stdout).toContain('Usage:  docker scout cves [OPTIONS] IMAGE')
    expect(result.stdout).toContain('--only-severity strings')
  })

  it('rejects a subcommand it does not simulate', async () => {
    const result = await run(createTestEngine(), 'docker scout sbom python:3.9')

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('ERROR "docker scout sbom" is not available in this simulation: use cves or quickview')
  })
})
