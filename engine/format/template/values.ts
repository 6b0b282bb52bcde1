// Go semantics for plain JavaScript data in templates: fmt's %v printing,
// truth, type names for errors, and encoding/json output.
//
// Plain objects and Map instances act as Go maps: fmt prints their keys
// sorted. Arrays act as slices, `null` as a nil pointer, and a property that
// is absent or `undefined` as a missing map key.

/** Go's invalid reflect.Value: the result of a missing map key. Prints as `<no value>`. */
export const MISSING = Symbol('missing')

/**
 * Returns a nil Go slice: templates see an empty list (fmt prints `[]`, and
 * range and len find nothing), while JSON encodes it as `null`. docker formats
 * its typed structs this way, so a slice field that is `null` in inspect JSON
 * prints `[]` in `--format`.
 */
export function nilSlice<T = never>(): T[] {
  return Object.assign([] as T[], { toJSON: () => null })
}

/** A value with its own Go fmt form, like a Go type with a String method (time.Time). */
export interface GoStringer {
  goString(): string
}

/** Key of the hidden property that marks an object as a Go struct. Its value is the type name, e.g. `system.PluginsInfo`. */
export const GO_STRUCT = Symbol('goStruct')

/**
 * Marks `fields` as a value of the Go struct type `typeName`. Templates then
 * print it as fmt does (`{v1 v2}`, fields in declaration order), and a field
 * it lacks fails with `can't evaluate field X in type T` instead of
 * `<no value>`. JSON encoding is unchanged.
 */
export function goStruct<T extends object>(typeName: string, fields: T): T {
  Object.defineProperty(fields, GO_STRUCT, { value: typeName, enumerable: false })
  return fields
}

export function goStructType(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  return (value as { [GO_STRUCT]?: string })[GO_STRUCT]
}

export function isGoStringer(value: unknown): value is GoStringer {
  return typeof value === 'object' && value !== null && typeof (value as Partial<GoStringer>).goString === 'function'
}

export function isMap(value: unknown): value is Record<string, unknown> | Map<unknown, unknown> {
  if (value instanceof Map) return true
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isGoStringer(value)
}

/** Returns the entries of a map-like value with keys sorted, as Go's fmt and range order them. */
export function sortedEntries(value: Record<string, unknown> | Map<unknown, unknown>): [unknown, unknown][] {
  const entries: [unknown, unknown][] =
    value instanceof Map ? [...value.entries()] : Object.entries(value).filter(([, item]) => item !== undefined)
  return entries.sort(([a], [b]) => compareKeys(a, b))
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const left = String(a)
  const right = String(b)
  if (left === right) return 0
  return left < right ? -1 : 1
}

/**
 * Returns the (key, element) pairs `range` visits: indexes for arrays,
 * sorted keys for maps, 0..n-1 for an integer n, none for nil or a missing
 * value. Returns undefined when Go cannot range over the value.
 */
export function rangeEntries(value: unknown): [unknown, unknown][] | undefined {
  if (value === MISSING || value === null || value === undefined) return []
  if (Array.isArray(value)) return value.map((element, index) => [index, element])
  if (isMap(value)) return sortedEntries(value)
  if (typeof value === 'number' && Number.isInteger(value)) {
    return Array.from({ length: Math.max(0, value) }, (_, index) => [index, index])
  }
  return undefined
}

/** Formats a value as Go's fmt.Sprint does for template output. */
export function printValue(value: unknown): string {
  if (value === MISSING || value === undefined) return '<no value>'
  return formatNested(value)
}

function formatNested(value: unknown): string {
  if (value === null || value === undefined || value === MISSING) return '<nil>'
  if (typeof value === 'string') return value
  if (typeof value === 'number') return formatGoNumber(value)
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (isGoStringer(value)) return value.goString()
  if (Array.isArray(value)) return `[${value.map(formatNested).join(' ')}]`
  // NOTE: fmt prints a pointer to a struct as `&{…}` at the top level and as an address when nested; both print as `{…}` here.
  if (goStructType(value) !== undefined) return `{${Object.values(value as object).map(formatNested).join(' ')}}`
  if (isMap(value)) {
    const pairs = sortedEntries(value).map(([key, item]) => `${formatNested(key)}:${formatNested(item)}`)
    return `map[${pairs.join(' ')}]`
  }
  return String(value)
}

/**
 * Formats a number as Go prints an int (all digits) or a float64 (%v:
 * shortest form, with an exponent below 1e-4 and from 1e6 on).
 */
export function formatGoNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString()
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf'

  const useExponent = Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6
  const text = useExponent ? value.toExponential() : String(value)
  return text.replace(/e([+-])(\d)$/, 'e$10$2')
}

/** Reports whether Go's template `if` treats the value as true. */
export function isTrue(value: unknown): boolean {
  if (value === MISSING || value === null || value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return value !== ''
  if (Array.isArray(value)) return value.length > 0
  if (value instanceof Map) return value.size > 0
  if (isMap(value)) return sortedEntries(value).length > 0
  return true
}

/** Returns the Go type name docker would show in an error for this value. */
export function goTypeName(value: unknown): string {
  if (value === null || value === undefined || value === MISSING) return '<nil>'
  const structType = goStructType(value)
  if (structType !== undefined) return structType
  if (typeof value === 'string') return 'string'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64'
  if (typeof value === 'boolean') return 'bool'
  if (Array.isArray(value)) return '[]interface {}'
  if (isMap(value)) return 'map[string]interface {}'
  return 'interface {}'
}

export interface GoJsonOptions {
  /** Escape `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`. Docker's `json` template function does not. */
  escapeHtml?: boolean
  /** Indent per level, as json.MarshalIndent; empty for compact output. */
  indent?: string
}

/**
 * Encodes a value as Go's encoding/json does: object keys in insertion
 * order (struct fields), Map keys sorted, `undefined` properties left out,
 * control characters escaped as encoding/json has done since Go 1.22
 * (`\b` and `\f` in short form).
 */
export function encodeGoJson(value: unknown, options: GoJsonOptions = {}): string {
  return encodeValue(value, options, '')
}

function encodeValue(value: unknown, options: GoJsonOptions, prefix: string): string {
  const json = value as { toJSON?: () => unknown } | null
  if (typeof json?.toJSON === 'function') return encodeValue(json.toJSON(), options, prefix)

  if (value === null || value === undefined || value === MISSING) return 'null'
  if (typeof value === 'string') return encodeGoString(value, options.escapeHtml ?? false)
  if (typeof value === 'number') return Number.isFinite(value) ? formatJsonNumber(value) : 'null'
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) return encodeList(value.map((item) => ['', item]), '[', ']', options, prefix)
  if (value instanceof Map) return encodeList(sortedEntries(value), '{', '}', options, prefix)
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    return encodeList(entries, '{', '}', options, prefix)
  }
  return 'null'
}

function encodeList(
  entries: [unknown, unknown][],
  open: string,
  close: string,
  options: GoJsonOptions,
  prefix: string,
): string {
  if (entries.length === 0) return open + close

  const indent = options.indent ?? ''
  const inner = prefix + indent
  const keySeparator = indent === '' ? ':' : ': '
  const items = entries.map(([key, item]) => {
    const encodedKey = open === '{' ? encodeGoString(String(key), options.escapeHtml ?? false) + keySeparator : ''
    return encodedKey + encodeValue(item, options, inner)
  })

  if (indent === '') return open + items.join(',') + close
  return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${prefix}${close}`
}

function formatJsonNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString()
  return String(value)
}

function encodeGoString(text: string, escapeHtml: boolean): string {
  let result = '"'
  for (const char of text) result += escapeJsonChar(char, escapeHtml)
  return result + '"'
}

const JSON_ESCAPES: Record<string, string> = {
  '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
}

function escapeJsonChar(char: string, escapeHtml: boolean): string {
  const simple = JSON_ESCAPES[char]
  if (simple !== undefined) return simple

  const code = char.codePointAt(0) ?? 0
  const isHtml = char === '<' || char === '>' || char === '&'
  const isLoneSurrogate = code >= 0xd800 && code <= 0xdfff
  if (isLoneSurrogate) return '\\ufffd'
  if (code < 0x20 || code === 0x2028 || code === 0x2029 || (escapeHtml && isHtml)) {
    return '\\u' + code.toString(16).padStart(4, '0')
  }
  return char
}
