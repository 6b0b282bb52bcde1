import { describe, expect, it } from 'vitest'
import { hasRecordedFlags } from './help'

// Names the simulator passes to parseCommandFlags.
const PARSED_COMMANDS = [
  'run', 'create', 'container run', 'container create', 'ps', 'container ls', 'logs', 'exec', 'inspect', 'container inspect', 'image inspect',
  'start', 'stop', 'restart', 'kill', 'rm', 'pause', 'unpause', 'images', 'image ls', 'rmi', 'pull', 'build', 'history',
  'stats', 'top', 'port', 'events', 'info', 'system info', 'system df', 'tag', 'cp', 'diff', 'network ls', 'network create', 'network rm', 'network inspect', 'volume ls', 'volume create', 'volume rm',
]

describe('recorded docker 28 flags', () => {
  it.each(PARSED_COMMANDS)('exist for %s', (name) => {
    expect(hasRecordedFlags(name)).toBe(true)
  })

  it.each(['login', 'logout'])('are missing only for %s', (name) => {
    expect(hasRecordedFlags(name)).toBe(false)
  })
})
