// Checks of function arguments against Go parameter types, returning the
// message Go's text/template gives for a mismatch.

import { nodeString, type ArgNode } from './ast'
import type { ParamType } from './funcs'
import { goTypeName, MISSING } from './values'

const GO_TYPE_NAMES = { string: 'string', int: 'int', stringSlice: '[]string' } as const

/** Returns the type of parameter `index`, using the variadic type past the fixed ones. */
export function paramType(params: ParamType[], variadic: ParamType | undefined, index: number): ParamType {
  return params[index] ?? variadic ?? 'any'
}

/** Returns Go's error for an evaluated value that does not fit `type`, or undefined when it fits. */
export function valueMismatch(value: unknown, type: ParamType): string | undefined {
  if (type === 'value' || type === 'any') return undefined

  const expected = GO_TYPE_NAMES[type]
  if (value === MISSING) return `invalid value; expected ${expected}`

  const matches =
    (type === 'string' && typeof value === 'string') ||
    (type === 'int' && typeof value === 'number' && Number.isInteger(value)) ||
    (type === 'stringSlice' && Array.isArray(value) && value.every((item) => typeof item === 'string'))
  return matches ? undefined : `wrong type for value; expected ${expected}; got ${goTypeName(value)}`
}

/**
 * Returns Go's error for a literal argument that does not fit `type`, or
 * undefined. Go converts literals itself, so its messages differ from valueMismatch.
 */
export function literalMismatch(node: Extract<ArgNode, { kind: 'bool' | 'number' | 'string' }>, type: ParamType): string | undefined {
  if (type === 'string' && node.kind !== 'string') return `expected string; found ${nodeString(node)}`
  if (type === 'int' && !(node.kind === 'number' && Number.isInteger(node.value))) {
    return `expected integer; found ${nodeString(node)}`
  }
  if (type === 'stringSlice') return `can't handle ${nodeString(node)} for arg of type []string`
  return undefined
}
