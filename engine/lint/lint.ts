// lintDockerfile: runs every rule, then applies severities, ignores and inline pragmas.

import { ruleInfo } from './catalog'
import { parseDockerfile, type ParsedDockerfile } from './dockerfile'
import { checkCacheOrder, checkFixedUid, checkRootOwnedExecutables, checkSecretVariables } from './rules-course'
import { checkDigestPin, checkInstructionOrder, checkLatestTag, checkMaintainer, checkUntaggedImage } from './rules-image'
import {
  checkApkCache,
  checkApkPinning,
  checkAptAssumeYes,
  checkAptCommand,
  checkAptLists,
  checkAptPinning,
  checkAptRecommends,
} from './rules-packages'
import { checkPipCache, checkPipPinning } from './rules-pip'
import { checkCd, checkConsecutiveRuns, checkPointlessCommands, checkSudo } from './rules-run'
import {
  checkAddForFiles,
  checkAddUrlChecksum,
  checkFinalHealthcheck,
  checkJsonNotation,
  checkLastUserRoot,
  checkMissingHealthcheck,
  checkMultipleHealthchecks,
  checkNoUser,
  checkSshPort,
} from './rules-stage'
import { SEVERITY_ORDER, type LintFinding, type LintOptions, type LintSeverity, type RuleHit } from './types'

type Rule = (parsed: ParsedDockerfile) => RuleHit[]

const HADOLINT_RULES: Rule[] = [
  checkPointlessCommands,
  checkLastUserRoot,
  checkCd,
  checkSudo,
  checkUntaggedImage,
  checkLatestTag,
  checkAptPinning,
  checkAptLists,
  checkMultipleHealthchecks,
  checkPipPinning,
  checkAptAssumeYes,
  checkAptRecommends,
  checkApkPinning,
  checkApkCache,
  checkAddForFiles,
  checkJsonNotation,
  checkAptCommand,
  checkPipCache,
  checkMissingHealthcheck,
  checkConsecutiveRuns,
  checkInstructionOrder,
  checkMaintainer,
]

const COURSE_RULES: Rule[] = [
  checkNoUser,
  checkSecretVariables,
  checkSshPort,
  checkRootOwnedExecutables,
  checkFixedUid,
  checkAddUrlChecksum,
  checkFinalHealthcheck,
  checkDigestPin,
  checkCacheOrder,
]

/** Lints a Dockerfile and returns its findings sorted by line, hadolint's rules before the course's, then by code. */
export function lintDockerfile(source: string, options: LintOptions = {}): LintFinding[] {
  const parsed = parseDockerfile(source)
  const rules = options.courseRules === false ? HADOLINT_RULES : [...HADOLINT_RULES, ...COURSE_RULES]
  const ignored = collectIgnores(parsed, options.ignore ?? [])

  const findings = rules
    .flatMap((rule) => rule(parsed))
    .filter((hit) => !ignored.global.has(hit.code) && !ignored.byLine.get(hit.line)?.has(hit.code))
    .flatMap((hit) => toFinding(hit, options))

  // NOTE: hadolint sorts only by line, with an unstable sort, so two findings on the same line
  // may print in another order than here.
  return findings.sort((a, b) => a.line - b.line || compareCodes(a.code, b.code))
}

function compareCodes(a: string, b: string): number {
  const courseA = a.startsWith('CS') ? 1 : 0
  const courseB = b.startsWith('CS') ? 1 : 0
  return courseA - courseB || a.localeCompare(b)
}

function toFinding(hit: RuleHit, options: LintOptions): LintFinding[] {
  const info = ruleInfo(hit.code)
  const severity = overriddenSeverity(hit.code, options) ?? info.severity

  // hadolint never reports a rule whose severity is `ignore`.
  if (severity === 'ignore') return []

  const finding: LintFinding = {
    code: hit.code,
    severity,
    line: hit.line,
    message: info.message,
    explanation: info.explanation,
  }
  if (info.lessonHref !== undefined) finding.lessonHref = info.lessonHref

  return [finding]
}

function overriddenSeverity(code: string, options: LintOptions): LintSeverity | undefined {
  return SEVERITY_ORDER.find((severity) => options.override?.[severity]?.includes(code))
}

interface IgnoreSets {
  global: Set<string>
  /** Codes ignored for the instruction on a line, from `# hadolint ignore=` on the line before it. */
  byLine: Map<number, Set<string>>
}

// hadolint's pragma grammar: `hadolint`, optional `global`, then `ignore=` and a comma-separated
// list of codes made of the letters D, L, S, C and digits, optionally followed by a comment.
const PRAGMA = /^\s*hadolint\s+(global\s+)?ignore\s*=\s*([DLSC0-9]+(?:\s*,\s*[DLSC0-9]+)*)\s*(?:#.*)?$/

function collectIgnores(parsed: ParsedDockerfile, ignore: readonly string[]): IgnoreSets {
  const sets: IgnoreSets = { global: new Set(ignore), byLine: new Map() }

  for (const comment of parsed.comments) {
    const match = PRAGMA.exec(comment.text)
    if (match === null) continue

    const codes = (match[2] ?? '').split(',').map((code) => code.trim())
    if (match[1] !== undefined) codes.forEach((code) => sets.global.add(code))
    else sets.byLine.set(comment.line + 1, new Set(codes))
  }

  return sets
}
