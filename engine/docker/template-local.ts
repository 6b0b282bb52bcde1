// Small Go-template subset used until engine/format/gotemplate.ts exists.
// TODO: replace with engine/format/gotemplate.ts once it lands.

import { toGoJson } from './json'

export class TemplateError extends Error {
  constructor(message: string, readonly phase: 'parse' | 'exec') {
    super(message)
  }
}

function lookup(data: unknown, path: string, action: string): unknown {
  let value = data
  for (const key of path.split('.').filter(Boolean)) {
    if (value === undefined || value === null || typeof value !== 'object') {
      throw new TemplateError(`template: :1:${action.length}: executing "" at <.${path}>: nil pointer evaluating interface {}.${key}`, 'exec')
    }
    const record = value as Record<string, unknown>
    if (!(key in record) || record[key] === undefined) {
      throw new TemplateError(`template: :1:2: executing "" at <.${path}>: map has no entry for key "${key}"`, 'exec')
    }
    value = record[key]
  }
  return value
}

function print(value: unknown): string {
  if (value === null || value === undefined) return '<nil>'
  if (typeof value === 'object' && 'goString' in (value as object)) return (value as { goString(): string }).goString()
  if (Array.isArray(value)) return `[${value.map(print).join(' ')}]`
  if (typeof value === 'object') return `map[${Object.entries(value as object).map(([key, item]) => `${key}:${print(item)}`).join(' ')}]`
  return String(value)
}

export function renderTemplate(template: string, data: unknown): string {
  if ((template.match(/\{\{/g) ?? []).length !== (template.match(/\}\}/g) ?? []).length) {
    throw new TemplateError('template: :1: unclosed action', 'parse')
  }

  return template.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_match, action: string) => {
    const json = /^json\s+(\.[\w.]*)$/.exec(action)
    if (json) return toGoJson(lookup(data, json[1]!.slice(1), action))
    const len = /^len\s+(\.[\w.]*)$/.exec(action)
    if (len) return String((lookup(data, len[1]!.slice(1), action) as unknown[]).length)
    if (action === 'println') return '\n'
    if (action.startsWith('.')) return print(lookup(data, action.slice(1), action))
    return ''
  })
}
