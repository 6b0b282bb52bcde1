import { describe, expect, it } from 'vitest'
import { parseExcerpt } from './pagefind'

describe('parseExcerpt', () => {
  it('splits marked and plain runs', () => {
    expect(parseExcerpt('usa <mark>HEALTHCHECK</mark> nel Dockerfile')).toEqual([
      { text: 'usa ', marked: false },
      { text: 'HEALTHCHECK', marked: true },
      { text: ' nel Dockerfile', marked: false },
    ])
  })

  it('decodes escaped markup into plain text', () => {
    expect(parseExcerpt('&lt;img src=x onerror=alert(1)&gt; &amp; <mark>nginx</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> & ', marked: false },
      { text: 'nginx', marked: true },
    ])
  })

  it('decodes quotes', () => {
    expect(parseExcerpt('&quot;a&quot; &#39;b&#39; &#x27;c&#x27;')).toEqual([{ text: `"a" 'b' 'c'`, marked: false }])
  })

  it('returns no runs for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([])
  })
})
