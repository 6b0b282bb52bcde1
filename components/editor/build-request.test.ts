import { describe, expect, it } from 'vitest'
import { buildRequest } from './build-request'

describe('buildRequest', () => {
  it('puts the files under the context directory', () => {
    const request = buildRequest('esempio-python', 'demo:v1', [
      { name: 'Dockerfile', content: 'FROM python:3.9-slim\n' },
      { name: 'src/app.py', content: 'print(1)\n' },
    ])

    expect(request.command).toBe('cd ~/esempio-python && docker build -t demo:v1 .')
    expect(request.files).toEqual([
      { path: '~/esempio-python/Dockerfile', content: 'FROM python:3.9-slim\n' },
      { path: '~/esempio-python/src/app.py', content: 'print(1)\n' },
    ])
  })

  it.each(['../etc', 'a b', '$(rm)', 'x;y', ''])('rejects directory %j', (directory) => {
    expect(() => buildRequest(directory, 'demo', [])).toThrow(/invalid context directory/)
  })

  it.each(['Demo', 'a b', 'x:y:z', 'x&&y'])('rejects tag %j', (tag) => {
    expect(() => buildRequest('dir', tag, [])).toThrow(/invalid image tag/)
  })
})
