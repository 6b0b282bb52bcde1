// Token cursor for the template parser, with Go's look-ahead helpers and
// parse error format (`template: :LINE: message`).

import { TemplateError } from './errors'
import type { Item, ItemType } from './lex'

export class TokenCursor {
  protected index = 0

  constructor(protected readonly items: Item[]) {}

  protected next(): Item {
    const item = this.items[Math.min(this.index, this.items.length - 1)]!
    this.index++
    if (item.type === 'error') this.fail(item.value, item)
    return item
  }

  protected peek(): Item {
    const item = this.next()
    this.index--
    return item
  }

  protected nextNonSpace(): Item {
    let item = this.next()
    while (item.type === 'space') item = this.next()
    return item
  }

  protected peekNonSpace(): Item {
    const item = this.nextNonSpace()
    this.index--
    return item
  }

  protected fail(message: string, at: Item = this.lastItem()): never {
    throw new TemplateError(`template: :${at.line}: ${message}`, 'parse')
  }

  private lastItem(): Item {
    return this.items[Math.max(0, Math.min(this.index - 1, this.items.length - 1))]!
  }

  protected unexpected(item: Item, context: string): never {
    this.fail(`unexpected ${describeItem(item)} in ${context}`, item)
  }

  protected expect(type: ItemType, context: string): Item {
    const item = this.nextNonSpace()
    if (item.type !== type) this.unexpected(item, context)
    return item
  }
}

// Formats a token as Go's item.String() does in parse errors.
function describeItem(item: Item): string {
  if (item.type === 'eof') return 'EOF'
  if (item.type === 'error') return item.value
  if (item.type === 'keyword') return `<${item.value}>`
  if (item.value.length > 10) return `${JSON.stringify(item.value.slice(0, 10))}...`
  return JSON.stringify(item.value)
}
