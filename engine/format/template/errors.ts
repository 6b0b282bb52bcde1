/**
 * Error from parsing or executing a Go template. `message` is Go's text,
 * which docker prints after `template parsing error: `, e.g.
 * `template: :1: unclosed action` or
 * `template: :1:8: executing "" at <.State.Health.Status>: map has no entry for key "Health"`.
 */
export class TemplateError extends Error {
  /**
   * `parse` when the template text is invalid, `exec` when it failed on the
   * data. `docker inspect` exits 64 on parse errors and 1 on exec errors.
   */
  readonly phase: 'parse' | 'exec'

  constructor(message: string, phase: 'parse' | 'exec') {
    super(message)
    this.name = 'TemplateError'
    this.phase = phase
  }
}
