// Go text/template rendering for `--format` flags (docker inspect, ps,
// images, stats). Data is plain JavaScript: objects and Maps act as Go maps,
// arrays as slices, `null` as a nil pointer, absent keys as missing map keys.
//
// A plain object prints as a map (`map[k1:v1 k2:v2]`). An object wrapped
// with goStruct() prints as a Go struct (`{v1 v2}`) and fails on unknown
// fields as Go does.
//
// Error messages are Go's, without docker's `template parsing error: `
// prefix, which the caller prints. Parse errors have `phase: 'parse'`
// (`docker inspect` exits 64), execution errors `phase: 'exec'` (exit 1).

import { Executor, type MissingKeyMode } from './template/exec'
import { TEMPLATE_FUNCTIONS } from './template/funcs'
import { parseTemplate } from './template/parse'

export { TemplateError } from './template/errors'
export type { MissingKeyMode } from './template/exec'
export { encodeGoJson, goStruct, MISSING, nilSlice, type GoJsonOptions, type GoStringer } from './template/values'

export interface RenderOptions {
  /** Defaults to `default`; see MissingKeyMode. */
  missingKey?: MissingKeyMode
}

const FUNCTION_NAMES: ReadonlySet<string> = new Set(TEMPLATE_FUNCTIONS.keys())

/**
 * Renders a Go template on `data`, e.g. `{{.State.Health.Status}}` or
 * `{{range .State.Health.Log}}{{.ExitCode}}{{println}}{{end}}`.
 * Throws TemplateError with Go's message when the template is invalid or
 * fails on the data.
 */
export function renderTemplate(template: string, data: unknown, options: RenderOptions = {}): string {
  const nodes = parseTemplate(template, FUNCTION_NAMES)
  return new Executor(template, options.missingKey ?? 'default').run(nodes, data)
}
