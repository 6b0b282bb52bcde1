// Public surface of the runtime-security audit.

export { auditRun, AUDIT_CHECKS } from './audit'
export { explainRun } from './explain'
export { publishedPortsFromSpecs } from './ports'
export type {
  AuditFinding,
  AuditResult,
  AuditStatus,
  PublishedPort,
  RestartPolicy,
  RunMount,
  RunSecurityConfig,
} from './types'
