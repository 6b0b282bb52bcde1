import { STORAGE_KEY, type ProgressData } from './schema'
import { parseProgressData } from './validate'

// Reading the saved progress: the envelope zustand's persist middleware
// writes, version migrations, and setting aside data that cannot be read.

export { STORAGE_KEY }
export const BACKUP_KEY_PREFIX = 'container-sicuri:progress:backup:'

/** Version of the saved shape. Bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 1

/** Converts saved state of version N (the key) into version N + 1. */
export type Migration = (state: unknown) => unknown

/**
 * Migrations by source version. Version 1 is the first saved shape, so the
 * table is empty. The next shape change adds `1: (state) => …`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

export type ReadResult =
  | { status: 'empty' }
  | { status: 'ok'; data: ProgressData; migratedFrom: number | null }
  | { status: 'unreadable'; reason: string }

/** Parses the raw text saved under STORAGE_KEY, migrating older versions. */
export function readPersistedProgress(
  raw: string | null,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion = PROGRESS_VERSION,
): ReadResult {
  if (raw === null) return { status: 'empty' }

  const envelope = parseEnvelope(raw)
  if (typeof envelope === 'string') return { status: 'unreadable', reason: envelope }

  const migrated = migrate(envelope.state, envelope.version, migrations, currentVersion)
  if (typeof migrated === 'string') return { status: 'unreadable', reason: migrated }

  const result = parseProgressData(migrated)
  if (!result.ok) return { status: 'unreadable', reason: `invalid progress data: ${result.message}` }

  const migratedFrom = envelope.version === currentVersion ? null : envelope.version
  return { status: 'ok', data: result.data, migratedFrom }
}

function parseEnvelope(raw: string): { state: unknown; version: number } | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`
  }

  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return 'missing "state" field'
  const version = (parsed as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'missing or invalid "version" field'

  return { state: parsed.state, version }
}

function migrate(
  state: unknown,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>>,
  currentVersion: number,
): unknown {
  if (fromVersion > currentVersion) return `saved by a newer version (${fromVersion} > ${currentVersion})`

  let migrated = state
  for (let version = fromVersion; version < currentVersion; version++) {
    const step = migrations[version]
    if (!step) return `no migration from version ${version}`
    migrated = step(migrated)
  }

  return migrated
}

export function backupKey(now: number): string {
  return `${BACKUP_KEY_PREFIX}${new Date(now).toISOString()}`
}

/**
 * Copies unreadable progress to a backup key and removes it from STORAGE_KEY,
 * so a later version (or a person) can still recover it. Returns the backup key.
 */
export function setAsideUnreadable(storage: Storage, raw: string, now: number): string {
  const key = backupKey(now)
  storage.setItem(key, raw)
  storage.removeItem(STORAGE_KEY)
  return key
}
