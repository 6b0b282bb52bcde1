// Text of `docker scout cves` and `docker scout quickview`.
//
// NOTE: the layout follows Docker Scout 1.x as remembered, not a captured
// transcript, so spacing and box widths may differ from the real plugin. The
// real tool also prints a scout.docker.com link under each vulnerability; the
// simulated identifiers have no such page, so the link is left out.

import { humanSize } from '../format/units'
import type { SeverityCounts } from './catalog'
import type { ScoutTarget } from './resolve'
import { countBySeverity, vulnerablePackages, type ScoutPackage } from './vulnerabilities'

export const SIMULATED_NOTE = 'NOTE: simulated data for teaching; not real vulnerabilities'

const LETTERS = ['C', 'H', 'M', 'L']
const SEVERITY_NAMES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']

/** `    0C     3H    12M    30L`, the severity cell of every Scout table. */
export function formatCounts(counts: SeverityCounts): string {
  return counts.map((count, index) => `${count}${LETTERS[index]}`.padStart(6)).join(' ')
}

function total(counts: SeverityCounts): number {
  return counts.reduce((sum, count) => sum + count, 0)
}

function shortDigest(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12)
}

function sbomLine(target: ScoutTarget): string {
  return `    ✓ SBOM of image already cached, ${target.spec.packagesIndexed} packages indexed`
}

function overview(target: ScoutTarget, counts: SeverityCounts): string[] {
  const rows: Array<[string, string]> = [
    ['  Target', `  ${target.name}`],
    ['    digest', `  ${shortDigest(target.digest)}`],
    ['    platform', ' linux/amd64'],
    ['    vulnerabilities', formatCounts(counts)],
    ['    size', ` ${target.size === undefined ? 'unknown' : humanSize(target.size)}`],
    ['    packages', ` ${target.spec.packagesIndexed}`],
  ]
  const width = Math.max(...rows.map(([, value]) => value.length)) + 3
  const header = 'Analyzed Image'

  return [
    '## Overview',
    '',
    `${' '.repeat(20)}│${header.padStart(Math.floor((width + header.length) / 2)).padEnd(width)}`,
    `${'─'.repeat(20)}┼${'─'.repeat(width)}`,
    ...rows.map(([label, value]) => `${label.padEnd(20)}│${value.padEnd(width)}`),
  ]
}

function packageBlock(pkg: ScoutPackage): string[] {
  const lines = [`${formatCounts(pkg.counts)}  ${pkg.name} ${pkg.version}`, pkg.purl, '']
  for (const vulnerability of pkg.vulnerabilities) {
    lines.push(
      `    ✗ ${vulnerability.severity.toUpperCase()} ${vulnerability.id}`,
      `      Affected range : ${pkg.fixedVersion === undefined ? `>=${pkg.version}` : `<${pkg.fixedVersion}`}`,
      `      Fixed version  : ${pkg.fixedVersion ?? 'not fixed'}`,
      '',
    )
  }
  return [...lines, '']
}

function summary(counts: SeverityCounts, packages: number): string[] {
  if (total(counts) === 0) return ['No vulnerable package detected']
  return [
    `${total(counts)} vulnerabilities found in ${packages} packages`,
    ...SEVERITY_NAMES.map((name, index) => `  ${name.padEnd(10)}${counts[index]}`),
  ]
}

/** Formats `docker scout cves`; `severities` keeps only the listed severities' vulnerabilities. */
export function formatCves(target: ScoutTarget, severities: ReadonlySet<string> | undefined): string {
  const packages = filterPackages(vulnerablePackages(target.spec), severities)
  const counts = sumCounts(packages)
  const detected = total(counts) === 0
    ? '    ✓ No vulnerable package detected'
    : `    ✗ Detected ${packages.length} vulnerable packages with a total of ${total(counts)} vulnerabilities`

  const lines = [SIMULATED_NOTE, sbomLine(target), detected, '', '', ...overview(target, counts), '', '']
  if (packages.length > 0) lines.push('## Packages and Vulnerabilities', '', ...packages.flatMap(packageBlock))
  lines.push(...summary(counts, packages.length))
  return `${lines.join('\n')}\n`
}

function filterPackages(packages: ScoutPackage[], severities: ReadonlySet<string> | undefined): ScoutPackage[] {
  if (!severities) return packages

  return packages
    .map((pkg) => {
      const vulnerabilities = pkg.vulnerabilities.filter((vulnerability) => severities.has(vulnerability.severity))
      const counts = pkg.counts.map((count, index) => (severities.has(SEVERITY_NAMES[index]!.toLowerCase()) ? count : 0))
      return { ...pkg, vulnerabilities, counts: counts as unknown as SeverityCounts }
    })
    .filter((pkg) => pkg.vulnerabilities.length > 0)
}

function sumCounts(packages: readonly ScoutPackage[]): SeverityCounts {
  const totals = [0, 0, 0, 0]
  for (const pkg of packages) pkg.counts.forEach((count, index) => (totals[index]! += count))
  return [totals[0]!, totals[1]!, totals[2]!, totals[3]!]
}

export interface QuickviewRow {
  label: string
  reference: string
  counts?: SeverityCounts
}

function signedChange(change: number): string {
  if (change === 0) return ''
  return change > 0 ? `+${change}` : String(change)
}

function delta(from: SeverityCounts, to: SeverityCounts): string {
  return to.map((count, index) => signedChange(count - from[index]!).padStart(6)).join(' ')
}

/** Formats `docker scout quickview` for the target and the base-image rows found in the catalog. */
export function formatQuickview(target: ScoutTarget, base: QuickviewRow | undefined, updated: QuickviewRow | undefined): string {
  const targetCounts = countBySeverity(target.spec)
  const rows: Array<[string, string, string]> = [
    ['  Target', `  ${target.name}`, formatCounts(targetCounts)],
    ['    digest', `  ${shortDigest(target.digest)}`, ''],
  ]
  if (base) rows.push(['  Base image', `  ${base.reference}`, base.counts ? formatCounts(base.counts) : ''])
  if (updated) {
    rows.push(['  Updated base image', `  ${updated.reference}`, updated.counts ? formatCounts(updated.counts) : ''])
    if (updated.counts && base?.counts) rows.push(['', '', delta(base.counts, updated.counts)])
  }

  const labelWidth = 21
  const referenceWidth = Math.max(...rows.map(([, reference]) => reference.length)) + 3
  const table = rows.map(([label, reference, counts]) => `${label.padEnd(labelWidth)}│${reference.padEnd(referenceWidth)}│${counts}`.trimEnd())

  // The real tool also suggests `docker scout recommendations`, which the simulation lacks.
  const next = ["What's next:", `    View vulnerabilities → docker scout cves ${target.name}`]

  return `${[SIMULATED_NOTE, sbomLine(target), '', ...table, '', ...next, ''].join('\n')}\n`
}
