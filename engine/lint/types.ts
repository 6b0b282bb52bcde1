// Shared types of the Dockerfile linter.

/** hadolint's reportable severities, from most to least severe. */
export type LintSeverity = 'error' | 'warning' | 'info' | 'style'

export const SEVERITY_ORDER: readonly LintSeverity[] = ['error', 'warning', 'info', 'style']

export interface LintFinding {
  /** hadolint rule code (`DL3007`) or a course rule code (`CS001`). */
  code: string
  severity: LintSeverity
  /** 1-based line of the instruction, as hadolint reports it. */
  line: number
  column?: number
  /** English message; for DL rules it is hadolint's text. */
  message: string
  /** Italian explanation for the student. */
  explanation: string
  /** Lesson section that teaches the rule, e.g. `/lezioni/best-practice-immagini/#…`. */
  lessonHref?: string
}

/** Severity overrides per rule code, as in the `override:` key of `.hadolint.yaml`. */
export type SeverityOverride = Partial<Record<LintSeverity, readonly string[]>>

export interface LintOptions {
  /** Rule codes never reported (`--ignore`). */
  ignore?: readonly string[]
  /** Gives rules a new severity; this is how DL3057, off by default, is turned on. */
  override?: SeverityOverride
  /** Runs the course rules (CS…) besides hadolint's; defaults to true. */
  courseRules?: boolean
  /** Name of the linted file. Findings do not carry it; formatHadolint takes it separately. */
  fileName?: string
}

/** A rule violation before the catalog adds severity and texts. */
export interface RuleHit {
  code: string
  line: number
}
