// Health-check state machine with the rules of moby's daemon/health.go in
// Docker Engine 28: defaults, start period, start interval, retries, the
// 5-entry log and the 4096-byte output limit.

import type { HealthcheckConfig } from '../images/types'
import type { HealthLogEntry, HealthState } from './model'

export const DEFAULT_INTERVAL_MS = 30_000
export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_START_PERIOD_MS = 0
export const DEFAULT_START_INTERVAL_MS = 5_000
export const DEFAULT_RETRIES = 3
export const MAX_LOG_ENTRIES = 5
export const MAX_OUTPUT_BYTES = 4096

const NS_PER_MS = 1_000_000

/** Effective settings in ms; a zero or missing value means "use the default". */
export interface HealthSettings {
  intervalMs: number
  timeoutMs: number
  startPeriodMs: number
  startIntervalMs: number
  retries: number
}

export function healthSettings(config: HealthcheckConfig): HealthSettings {
  const ms = (ns: number | undefined, fallback: number): number => (ns !== undefined && ns > 0 ? ns / NS_PER_MS : fallback)

  return {
    intervalMs: ms(config.Interval, DEFAULT_INTERVAL_MS),
    timeoutMs: ms(config.Timeout, DEFAULT_TIMEOUT_MS),
    startPeriodMs: ms(config.StartPeriod, DEFAULT_START_PERIOD_MS),
    startIntervalMs: ms(config.StartInterval, DEFAULT_START_INTERVAL_MS),
    retries: config.Retries !== undefined && config.Retries > 0 ? config.Retries : DEFAULT_RETRIES,
  }
}

/** True when the health check is disabled (`--no-healthcheck`, `HEALTHCHECK NONE`) or absent. */
export function healthDisabled(config: HealthcheckConfig | undefined): boolean {
  return config === undefined || config.Test.length === 0 || config.Test[0] === 'NONE'
}

/**
 * Delay before the next probe, measured from the end of the previous one (or
 * from the start of the container for the first probe). Engine 25+ uses the
 * start interval while inside the start period and still `starting`.
 */
export function nextProbeDelay(settings: HealthSettings, health: HealthState, sinceStartMs: number): number {
  if (sinceStartMs >= settings.startPeriodMs) return settings.intervalMs
  return health.status === 'starting' ? settings.startIntervalMs : settings.intervalMs
}

/** Applies one probe result: records it in the log and updates status and FailingStreak. */
export function applyProbeResult(health: HealthState, entry: HealthLogEntry, settings: HealthSettings, probeStartSinceStartMs: number): void {
  health.log.push(entry)
  if (health.log.length > MAX_LOG_ENTRIES) health.log.splice(0, health.log.length - MAX_LOG_ENTRIES)

  if (entry.exitCode === 0) {
    health.failingStreak = 0
    health.status = 'healthy'
    return
  }

  // Failures during the start period do not count while the container has never been healthy.
  if (health.status === 'starting' && probeStartSinceStartMs < settings.startPeriodMs) return

  health.failingStreak++
  if (health.failingStreak >= settings.retries) health.status = 'unhealthy'
}

/** Keeps the first 4096 bytes of probe output and marks a cut with `...`, as moby does. */
export function limitOutput(output: string): string {
  const bytes = new TextEncoder().encode(output)
  if (bytes.length <= MAX_OUTPUT_BYTES) return output
  return new TextDecoder().decode(bytes.slice(0, MAX_OUTPUT_BYTES)) + '...'
}
