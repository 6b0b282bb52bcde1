// auditRun: the docker-bench-security checks that apply to one `docker run`.

import type { AuditCheck } from './check'
import { HOST_CHECKS } from './checks-host'
import { PRIVILEGE_CHECKS } from './checks-privileges'
import { RESOURCE_CHECKS } from './checks-resources'
import type { AuditFinding, AuditResult, RunSecurityConfig } from './types'

function compareIds(a: string, b: string): number {
  const [majorA = 0, minorA = 0] = a.split('.').map(Number)
  const [majorB = 0, minorB = 0] = b.split('.').map(Number)
  return majorA - majorB || minorA - minorB
}

/** Every check the audit runs, in docker-bench order. */
export const AUDIT_CHECKS: readonly AuditCheck[] = [...PRIVILEGE_CHECKS, ...HOST_CHECKS, ...RESOURCE_CHECKS].sort(
  (a, b) => compareIds(a.id, b.id),
)

function runCheck(check: AuditCheck, config: RunSecurityConfig): AuditFinding {
  const outcome = check.evaluate(config)
  const explanation = outcome.detail === undefined ? check.explanation : `${check.explanation} ${outcome.detail}`

  const finding: AuditFinding = { id: check.id, title: check.title, status: outcome.status, explanation }
  if (outcome.status !== 'pass') finding.fix = check.fix

  return finding
}

/**
 * Audits a `docker run` with the container checks of docker-bench-security 1.6.0 (CIS Docker
 * Benchmark 1.6.0, check 4.1 and section 5) that a run configuration decides.
 *
 * docker-bench scores +1 per passed check and -1 per warning, with INFO checks unscored. The
 * course shows that as a percentage instead: passed checks over scored checks, rounded.
 */
export function auditRun(config: RunSecurityConfig): AuditResult {
  const findings = AUDIT_CHECKS.map((check) => runCheck(check, config))

  const passed = findings.filter((finding) => finding.status === 'pass').length
  const scored = passed + findings.filter((finding) => finding.status === 'warn').length
  const score = scored === 0 ? 100 : Math.round((100 * passed) / scored)

  return { score, findings }
}
