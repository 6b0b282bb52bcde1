// Public surface of the Dockerfile linter.

export { formatHadolint, runHadolint, HADOLINT_VERSION, type CommandResult, type HadolintFormat } from './hadolint-cli'
export { allRules, ruleInfo, type RuleInfo } from './catalog'
export { lintDockerfile } from './lint'
export type { LintFinding, LintOptions, LintSeverity, SeverityOverride } from './types'
