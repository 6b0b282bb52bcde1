// Pure logic of the runtime-security panel: turns the audit of the last
// `docker run` into the Italian text the panel shows and announces.

import type { AuditFinding, AuditResult } from '@/engine/api'

export type ScoreLevel = 'good' | 'fair' | 'poor'

export interface RunAuditView {
  score: number
  level: ScoreLevel
  /** Italian word for the level, so the score never relies on colour alone. */
  levelLabel: string
  warnings: number
  passed: number
  /** Checks that count towards the score: passed plus warnings. */
  scored: number
  /** Warnings first, then informational findings, each in docker-bench order. */
  findings: AuditFinding[]
}

// The thresholds are the course's choice; docker-bench itself has no rating.
const GOOD_FROM = 80
const FAIR_FROM = 50

const LEVEL_LABELS: Record<ScoreLevel, string> = {
  good: 'buono',
  fair: 'migliorabile',
  poor: 'a rischio',
}

export function scoreLevel(score: number): ScoreLevel {
  if (score >= GOOD_FROM) return 'good'
  return score >= FAIR_FROM ? 'fair' : 'poor'
}

/** Builds what the panel shows for an audit result. */
export function describeRunAudit(result: AuditResult): RunAuditView {
  const warnings = result.findings.filter((finding) => finding.status === 'warn')
  const infos = result.findings.filter((finding) => finding.status === 'info')
  const passed = result.findings.filter((finding) => finding.status === 'pass').length
  const level = scoreLevel(result.score)

  return {
    score: result.score,
    level,
    levelLabel: LEVEL_LABELS[level],
    warnings: warnings.length,
    passed,
    scored: passed + warnings.length,
    findings: [...warnings, ...infos],
  }
}

/** Returns the text to announce when the shown score changes, or '' when it stays the same. */
export function scoreAnnouncement(previous: number | undefined, view: RunAuditView | null): string {
  if (!view || previous === view.score) return ''
  return `Punteggio di sicurezza dell'ultimo docker run: ${view.score} su 100, ${view.levelLabel}.`
}

/** Compares two audit results by score and findings, so the panel skips redundant renders. */
export function sameAudit(a: AuditResult | null, b: AuditResult | null): boolean {
  if (a === null || b === null) return a === b
  if (a.score !== b.score || a.findings.length !== b.findings.length) return false
  return a.findings.every((finding, index) => sameFinding(finding, b.findings[index]!))
}

function sameFinding(a: AuditFinding, b: AuditFinding): boolean {
  return a.id === b.id && a.status === b.status && a.explanation === b.explanation
}
