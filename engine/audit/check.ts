// The shape of one docker-bench-security check as the audit runs it.

import type { AuditStatus, RunSecurityConfig } from './types'

export interface CheckOutcome {
  status: AuditStatus
  /** Italian sentence about this container, added after the check's general explanation. */
  detail?: string
}

export interface AuditCheck {
  /** docker-bench-security check number. */
  id: string
  /** docker-bench-security's title, printed as is. */
  title: string
  /** Italian: what the setting does and why it matters. */
  explanation: string
  /** Italian remedy with the flag to use, shown when the check does not pass. */
  fix: string
  evaluate(config: RunSecurityConfig): CheckOutcome
}

export function passWhen(condition: boolean, detail?: string): CheckOutcome {
  return condition ? { status: 'pass' } : { status: 'warn', detail }
}

/** Returns the capability name without the `CAP_` prefix, upper-cased. */
export function capabilityName(value: string): string {
  return value.trim().toUpperCase().replace(/^CAP_/, '')
}

/** True when `--security-opt` contains `key=value` or its old `key:value` spelling. */
export function hasSecurityOpt(config: RunSecurityConfig, key: string, value: string): boolean {
  return config.securityOpt.some((option) => option === `${key}=${value}` || option === `${key}:${value}`)
}
