import { describe, expect, it } from 'vitest'
import { createEngine } from '../../engine'
import type { AuditResult, CommandIO, SimulatedEngine } from '../../engine/api'
import { describeRunAudit, sameAudit, scoreAnnouncement, scoreLevel } from './run-audit'

async function auditAfter(line: string): Promise<AuditResult> {
  const engine: SimulatedEngine = createEngine()
  // Each wait advances the virtual clock, as the lab's clock driver does; a
  // wait that returns at once would leave polling commands spinning.
  const io: CommandIO = {
    write: () => {},
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY: false,
    columns: 80,
  }
  await engine.execute(line, io)
  const audit = engine.lastRunAudit?.()
  if (!audit) throw new Error(`no audit after: ${line}`)
  return audit
}

describe('scoreLevel', () => {
  it.each([
    [100, 'good'],
    [80, 'good'],
    [79, 'fair'],
    [50, 'fair'],
    [49, 'poor'],
    [0, 'poor'],
  ] as const)('rates %i as %s', (score, level) => {
    expect(scoreLevel(score)).toBe(level)
  })
})

describe('describeRunAudit', () => {
  it('counts warnings and passed checks', async () => {
    const audit = await auditAfter('docker run -d --privileged nginx')
    const view = describeRunAudit(audit)
    const warnings = audit.findings.filter((finding) => finding.status === 'warn').length

    expect(view.score).toBe(audit.score)
    expect(view.warnings).toBe(warnings)
    expect(view.scored).toBe(view.passed + view.warnings)
    expect(view.findings.every((finding) => finding.status !== 'pass')).toBe(true)
  })

  it('lists warnings before info findings', async () => {
    const view = describeRunAudit(await auditAfter('docker run -d --device /dev/fuse nginx'))
    const statuses = view.findings.map((finding) => finding.status)

    expect(statuses.indexOf('info')).toBeGreaterThan(statuses.lastIndexOf('warn'))
  })

  it('scores a hardened run above a privileged one', async () => {
    const hardened = await auditAfter("docker run --read-only --tmpfs /tmp alpine sh -c 'echo \"whatever\" > /tmp/file'")
    const privileged = await auditAfter('docker run -d --privileged nginx')

    expect(hardened.score).toBeGreaterThan(privileged.score)
    expect(privileged.findings.find((finding) => finding.id === '5.5')?.status).toBe('warn')
    expect(hardened.findings.find((finding) => finding.id === '5.5')?.status).toBe('pass')
  })
})

describe('lastRunAudit', () => {
  it('returns null before any docker run', () => {
    expect(createEngine().lastRunAudit?.()).toBeNull()
  })
})

describe('scoreAnnouncement', () => {
  const view = { score: 64, level: 'fair', levelLabel: 'migliorabile', warnings: 7, passed: 12, scored: 19, findings: [] } as const

  it('announces a new score', () => {
    expect(scoreAnnouncement(undefined, { ...view, findings: [] })).toBe("Punteggio di sicurezza dell'ultimo docker run: 64 su 100, migliorabile.")
    expect(scoreAnnouncement(90, { ...view, findings: [] })).not.toBe('')
  })

  it('stays silent for the same score', () => {
    expect(scoreAnnouncement(64, { ...view, findings: [] })).toBe('')
    expect(scoreAnnouncement(64, null)).toBe('')
  })
})

describe('sameAudit', () => {
  it('compares score and findings', async () => {
    const first = await auditAfter('docker run -d --privileged nginx')
    const second = await auditAfter('docker run -d --privileged nginx')
    const other = await auditAfter('docker run -d nginx')

    expect(sameAudit(first, second)).toBe(true)
    expect(sameAudit(first, other)).toBe(false)
    expect(sameAudit(null, null)).toBe(true)
    expect(sameAudit(first, null)).toBe(false)
  })
})
