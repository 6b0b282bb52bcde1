// Expands the catalog's per-package counts into numbered vulnerabilities and
// sums them per image.

import { scoutImages, SEVERITIES, type ScoutDistro, type ScoutImageSpec, type ScoutPackageSpec, type Severity, type SeverityCounts } from './catalog'

export interface SimulatedVulnerability {
  /** `SIM-2025-NNNN`: fictitious, so it can never be mistaken for a real CVE. */
  id: string
  severity: Severity
}

export interface ScoutPackage extends ScoutPackageSpec {
  /** Package URL as Scout prints it, e.g. `pkg:deb/debian/glibc@2.36-9?os_distro=bookworm&…`. */
  purl: string
  /** Most severe first. */
  vulnerabilities: SimulatedVulnerability[]
}

const FIRST_ID = 1
let idsByPackage: Map<string, string[]> | undefined

function packageKey(spec: ScoutPackageSpec): string {
  return `${spec.type}/${spec.name}@${spec.version}`
}

function vulnerabilityCount(spec: ScoutPackageSpec): number {
  return spec.counts.reduce((sum, count) => sum + count, 0)
}

// Numbers are handed out in catalog order on first use, so the same package
// version has the same identifiers in every image that contains it.
function assignIds(): Map<string, string[]> {
  const ids = new Map<string, string[]>()
  let next = FIRST_ID

  for (const image of scoutImages()) {
    for (const spec of image.packages) {
      const key = packageKey(spec)
      if (ids.has(key)) continue
      const count = vulnerabilityCount(spec)
      ids.set(key, Array.from({ length: count }, (_, index) => `SIM-2025-${String(next + index).padStart(4, '0')}`))
      next += count
    }
  }
  return ids
}

function packageUrl(spec: ScoutPackageSpec, distro: ScoutDistro | undefined): string {
  if ((spec.type === 'deb' || spec.type === 'apk') && distro) {
    const codename = distro.codename ? `os_distro=${distro.codename}&` : ''
    return `pkg:${spec.type}/${distro.name}/${spec.name}@${spec.version}?${codename}os_name=${distro.name}&os_version=${distro.version}`
  }
  return `pkg:${spec.type}/${spec.name}@${spec.version}`
}

function expandPackage(spec: ScoutPackageSpec, distro: ScoutDistro | undefined): ScoutPackage {
  idsByPackage ??= assignIds()
  const ids = idsByPackage.get(packageKey(spec)) ?? []

  const severities = SEVERITIES.flatMap((severity, index) => Array<Severity>(spec.counts[index]!).fill(severity))
  const vulnerabilities = severities.map((severity, index) => ({ id: ids[index]!, severity }))

  return { ...spec, purl: packageUrl(spec, distro), vulnerabilities }
}

/** Returns the image's vulnerable packages, most severe first, as `docker scout cves` lists them. */
export function vulnerablePackages(image: ScoutImageSpec): ScoutPackage[] {
  return image.packages
    .filter((spec) => vulnerabilityCount(spec) > 0)
    .map((spec) => expandPackage(spec, image.distro))
    .sort((a, b) => compareCounts(b.counts, a.counts) || a.name.localeCompare(b.name))
}

function compareCounts(a: SeverityCounts, b: SeverityCounts): number {
  for (let index = 0; index < a.length; index++) {
    const difference = a[index]! - b[index]!
    if (difference !== 0) return difference
  }
  return 0
}

/** Sums the image's vulnerabilities per severity. */
export function countBySeverity(image: ScoutImageSpec): SeverityCounts {
  const totals = [0, 0, 0, 0]
  for (const spec of image.packages) spec.counts.forEach((count, index) => (totals[index]! += count))
  return [totals[0]!, totals[1]!, totals[2]!, totals[3]!]
}
