// Functions available in docker's Go templates: Go's text/template builtins
// and the ones docker adds (json, split, join, title, lower, upper, pad,
// truncate; docker/cli templates package).

import { sprintf } from './printf'
import { encodeGoJson, goTypeName, isMap, isTrue, MISSING, printValue, sortedEntries } from './values'

/**
 * Parameter type as Go declares it. `value` receives a missing value as is
 * (Go's reflect.Value parameters); `any` receives it as nil (interface{}).
 */
export type ParamType = 'value' | 'any' | 'string' | 'int' | 'stringSlice'

export interface TemplateFunction {
  params: ParamType[]
  /** Type of the arguments after `params`; absent when the function is not variadic. */
  variadic?: ParamType
  /** Throws an Error whose message docker prints after `error calling <name>: `. */
  call(args: unknown[]): unknown
}

export const TEMPLATE_FUNCTIONS: ReadonlyMap<string, TemplateFunction> = new Map<string, TemplateFunction>([
  // `and` and `or` short-circuit, so the executor evaluates them itself.
  ['and', { params: ['value'], variadic: 'value', call: () => undefined }],
  ['or', { params: ['value'], variadic: 'value', call: () => undefined }],
  ['not', { params: ['value'], call: ([value]) => !isTrue(value) }],
  ['len', { params: ['value'], call: ([value]) => lengthOf(value) }],
  ['index', { params: ['value'], variadic: 'value', call: ([item, ...keys]) => indexInto(item, keys) }],
  ['print', { params: [], variadic: 'any', call: (args) => sprint(args) }],
  ['println', { params: [], variadic: 'any', call: (args) => args.map(printValue).join(' ') + '\n' }],
  ['printf', { params: ['string'], variadic: 'any', call: ([format, ...args]) => sprintf(String(format), args) }],
  ['eq', { params: ['value'], variadic: 'value', call: ([first, ...others]) => others.some((other) => equals(first, other)) }],
  ['ne', { params: ['value', 'value'], call: ([left, right]) => !equals(left, right) }],
  ['lt', { params: ['value', 'value'], call: ([left, right]) => compare(left, right) < 0 }],
  ['le', { params: ['value', 'value'], call: ([left, right]) => compare(left, right) <= 0 }],
  ['gt', { params: ['value', 'value'], call: ([left, right]) => compare(left, right) > 0 }],
  ['ge', { params: ['value', 'value'], call: ([left, right]) => compare(left, right) >= 0 }],
  ['json', { params: ['any'], call: ([value]) => encodeGoJson(value) }],
  ['split', { params: ['string', 'string'], call: ([text, separator]) => splitString(String(text), String(separator)) }],
  ['join', { params: ['stringSlice', 'string'], call: ([items, separator]) => (items as string[]).join(String(separator)) }],
  ['title', { params: ['string'], call: ([text]) => titleCase(String(text)) }],
  ['lower', { params: ['string'], call: ([text]) => String(text).toLowerCase() }],
  ['upper', { params: ['string'], call: ([text]) => String(text).toUpperCase() }],
  ['pad', { params: ['string', 'int', 'int'], call: ([text, before, after]) => padText(String(text), before, after) }],
  ['truncate', { params: ['string', 'int'], call: ([text, length]) => truncateText(String(text), Number(length)) }],
])

function lengthOf(value: unknown): number {
  if (value === MISSING || value === undefined) throw new Error('len of untyped nil')
  if (value === null) throw new Error('len of nil pointer')
  if (typeof value === 'string') return new TextEncoder().encode(value).length
  if (Array.isArray(value)) return value.length
  if (value instanceof Map) return value.size
  if (isMap(value)) return sortedEntries(value).length
  throw new Error(`len of type ${goTypeName(value)}`)
}

function indexInto(item: unknown, keys: unknown[]): unknown {
  let current = item
  for (const key of keys) {
    if (current === MISSING || current === undefined) throw new Error('index of untyped nil')
    if (current === null) throw new Error('index of nil pointer')
    current = indexOnce(current, key)
  }
  return current
}

function indexOnce(item: unknown, key: unknown): unknown {
  if (Array.isArray(item) || typeof item === 'string') {
    if (typeof key !== 'number' || !Number.isInteger(key)) {
      throw new Error(`cannot index slice/array with type ${goTypeName(key)}`)
    }
    if (key < 0 || key >= item.length) throw new Error(`index out of range: ${key}`)
    return typeof item === 'string' ? item.charCodeAt(key) : item[key]
  }
  if (item instanceof Map) return item.has(key) ? item.get(key) : MISSING
  if (isMap(item)) {
    const value = (item as Record<string, unknown>)[String(key)]
    return value === undefined ? MISSING : value
  }
  throw new Error(`can't index item of type ${goTypeName(item)}`)
}

// fmt.Sprint adds spaces between operands when neither side is a string.
function sprint(args: unknown[]): string {
  let output = ''
  args.forEach((arg, index) => {
    const previous = args[index - 1]
    if (index > 0 && typeof arg !== 'string' && typeof previous !== 'string') output += ' '
    output += printValue(arg === null ? null : arg)
  })
  return output
}

type BasicKind = 'bool' | 'number' | 'string' | 'nil'

function basicKind(value: unknown): BasicKind | undefined {
  if (value === null || value === undefined || value === MISSING) return 'nil'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'string') return 'string'
  return undefined
}

function equals(left: unknown, right: unknown): boolean {
  const leftKind = basicKind(left)
  const rightKind = basicKind(right)
  if (leftKind === undefined || rightKind === undefined) throw new Error('invalid type for comparison')
  if (leftKind === 'nil' || rightKind === 'nil') return leftKind === rightKind
  if (leftKind !== rightKind) throw new Error('incompatible types for comparison')
  return left === right
}

function compare(left: unknown, right: unknown): number {
  const leftKind = basicKind(left)
  const rightKind = basicKind(right)
  if (leftKind === undefined || leftKind === 'nil' || leftKind === 'bool') throw new Error('invalid type for comparison')
  if (leftKind !== rightKind) throw new Error('incompatible types for comparison')
  if (leftKind === 'number') return (left as number) - (right as number)
  if (left === right) return 0
  return (left as string) < (right as string) ? -1 : 1
}

// strings.Split: an empty separator splits after each character.
function splitString(text: string, separator: string): string[] {
  return separator === '' ? [...text] : text.split(separator)
}

// strings.Title: upper-cases the first letter of each word. Letters, digits
// and underscores continue a word; anything else ends it.
function titleCase(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase())
}

function padText(text: string, before: unknown, after: unknown): string {
  return ' '.repeat(Math.max(0, Number(before))) + text + ' '.repeat(Math.max(0, Number(after)))
}

function truncateText(text: string, length: number): string {
  const characters = [...text]
  return characters.length < length ? text : characters.slice(0, Math.max(0, length)).join('')
}
