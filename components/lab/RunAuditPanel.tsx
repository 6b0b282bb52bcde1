'use client'

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { AuditFinding, AuditResult, SimulatedEngine } from '@/engine/api'
import { describeRunAudit, sameAudit, scoreAnnouncement, type RunAuditView } from './run-audit'
import { auditPanelText } from './strings'
import styles from './RunAuditPanel.module.css'

export interface RunAuditPanelProps {
  engine: SimulatedEngine
  /** Level of the panel's heading, the same as the container panel's. */
  headingLevel?: 3 | 4
}

/** Shows the runtime-security score of the last `docker run`, with its findings behind a disclosure. */
export default function RunAuditPanel({ engine, headingLevel = 3 }: RunAuditPanelProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3'
  const titleId = useId()
  const audit = useLastRunAudit(engine)
  const view = useMemo(() => (audit ? describeRunAudit(audit) : null), [audit])
  const announcement = useScoreAnnouncement(view)

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-testid="run-audit">
      <Heading id={titleId} className={styles.title}>
        {auditPanelText.titleBefore}
        <code>{auditPanelText.titleCommand}</code>
      </Heading>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {view ? <AuditSummary view={view} /> : <p className={styles.empty}>{auditPanelText.empty}</p>}
    </section>
  )
}

function useLastRunAudit(engine: SimulatedEngine): AuditResult | null {
  const [audit, setAudit] = useState<AuditResult | null>(() => engine.lastRunAudit?.() ?? null)

  useEffect(() => {
    const refresh = () => {
      const next = engine.lastRunAudit?.() ?? null
      setAudit((current) => (sameAudit(current, next) ? current : next))
    }
    refresh()
    return engine.onChange(refresh)
  }, [engine])

  return audit
}

function useScoreAnnouncement(view: RunAuditView | null): string {
  const shownScore = useRef<number | undefined>(view?.score)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const text = scoreAnnouncement(shownScore.current, view)
    shownScore.current = view?.score
    if (text !== '') setAnnouncement(text)
  }, [view])

  return announcement
}

function AuditSummary({ view }: { view: RunAuditView }) {
  return (
    <>
      <p className={styles.score} data-level={view.level}>
        <span className={styles.scoreLabel}>{auditPanelText.scoreLabel}</span>{' '}
        <strong data-testid="run-audit-score">{view.score}</strong> {auditPanelText.scoreOf}{' '}
        <span className={styles.level}>({view.levelLabel})</span>
      </p>
      <p className={styles.counts}>
        {auditPanelText.warnings}: <strong data-testid="run-audit-warnings">{view.warnings}</strong> ·{' '}
        {auditPanelText.passed(view.passed, view.scored)}
      </p>
      {view.findings.length > 0 && (
        <details className={styles.details}>
          <summary>{auditPanelText.showFindings(view.findings.length)}</summary>
          <ul className={styles.findings}>
            {view.findings.map((finding) => (
              <FindingItem key={finding.id} finding={finding} />
            ))}
          </ul>
        </details>
      )}
      <p className={styles.hint}>
        {auditPanelText.detailBefore}
        <code>{auditPanelText.detailCommand}</code>
        {auditPanelText.detailAfter}
      </p>
    </>
  )
}

function FindingItem({ finding }: { finding: AuditFinding }) {
  const label = finding.status === 'warn' ? auditPanelText.warnLabel : auditPanelText.infoLabel

  return (
    <li className={styles.finding} data-status={finding.status} data-check={finding.id}>
      <p className={styles.findingHead}>
        <span className={styles.badge}>{label}</span> <span lang="en">{finding.id} {finding.title}</span>
      </p>
      <p className={styles.text}>{finding.explanation}</p>
      {finding.fix && (
        <p className={styles.text}>
          <strong>{auditPanelText.fixLabel}</strong> {finding.fix}
        </p>
      )}
    </li>
  )
}
