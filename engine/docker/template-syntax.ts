// The CLI parses a `--format` template before it lists anything, so a syntax
// error shows even when there are no rows to render.

import { renderTemplate, TemplateError } from '../format/gotemplate'

/** Throws the TemplateError of a template that does not parse; execution errors on empty data are ignored. */
export function checkTemplateSyntax(template: string): void {
  try {
    renderTemplate(template, {})
  } catch (error) {
    if (error instanceof TemplateError && error.phase === 'parse') throw error
  }
}
