// Public surface of the simulated Docker Scout plugin.

export { scoutCommand, SCOUT_HELP } from './command'
export { findScoutImage, type Severity, type SeverityCounts } from './catalog'
export { countBySeverity } from './vulnerabilities'
export { SIMULATED_NOTE } from './format'
