import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, renderCspMap } from './csp'
import { urlOfFile } from './precache'

// Expected digests computed with `printf '%s' BODY | openssl dgst -sha256 -binary | base64`.
describe('inlineScriptHashes', () => {
  it('hashes the exact script text', () => {
    expect(inlineScriptHashes('<script>alert(1)</script>')).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"])
  })

  it('hashes UTF-8 bytes', () => {
    const html = '<script>self.__next_f.push([1,"é"])</script>'
    expect(inlineScriptHashes(html)).toEqual(["'sha256-dv0JtpxmHXrDI1gjYAA39VMc738BDF21voU1xCV8A70='"])
  })

  it('skips external and empty scripts', () => {
    const html = '<script src="/a.js" async=""></script><script></script><script id="x">alert(1)</script>'
    expect(inlineScriptHashes(html)).toHaveLength(1)
  })

  it('lists a repeated script once', () => {
    expect(inlineScriptHashes('<script>alert(1)</script><script>alert(1)</script>')).toHaveLength(1)
  })
})

describe('renderCspMap', () => {
  it('maps each URI to its hash list', () => {
    const text = renderCspMap([{ uri: '/index.html', hashes: ["'sha256-a='", "'sha256-b='"] }])
    expect(text).toContain('map $uri $csp_script_hashes {')
    expect(text).toContain(`    /index.html "'sha256-a=' 'sha256-b='";`)
  })
})

describe('urlOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['lezioni/apptainer/index.html', '/lezioni/apptainer/'],
    ['404.html', '/404.html'],
    ['_next/static/chunks/a.js', '/_next/static/chunks/a.js'],
  ])('%s → %s', (file, url) => {
    expect(urlOfFile(file)).toBe(url)
  })
})
