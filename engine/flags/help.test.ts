import { describe, expect, it } from 'vitest'

import { COMMAND_HELP, DOCKER_HELP } from './commands'
import { renderFlagUsages, renderHelp, wrapText } from './help'
import { RECORDED_HELP } from './help-fixtures'

describe('renderHelp', () => {
  it.each(Object.keys(RECORDED_HELP))('matches docker %s --help', (command) => {
    const help = COMMAND_HELP[command]
    expect(help).toBeDefined()

    expect(renderHelp(help!)).toBe(RECORDED_HELP[command])
  })

  it('renders every command with help data', () => {
    for (const [command, help] of Object.entries(COMMAND_HELP)) {
      const text = renderHelp(help)

      expect(text.startsWith(`${help.preface ?? ''}Usage:  docker ${command}`), command).toBe(true)
      expect(text.endsWith('\n'), command).toBe(true)
    }
  })

  it('omits the options block without visible flags', () => {
    expect(renderHelp(COMMAND_HELP.pause!)).toBe(
      'Usage:  docker pause CONTAINER [CONTAINER...]\n\n' +
        'Pause all processes within one or more containers\n\n' +
        'Aliases:\n  docker container pause, docker pause\n',
    )
  })

  it('lists subcommands of a group command', () => {
    const text = renderHelp({
      usage: 'docker network COMMAND',
      description: 'Manage networks',
      flags: [],
      subcommands: [
        { name: 'create', description: 'Create a network' },
        { name: 'ls', description: 'List networks' },
      ],
    })

    expect(text).toBe(
      'Usage:  docker network COMMAND\n\nManage networks\n\nCommands:\n' +
        '  create      Create a network\n' +
        '  ls          List networks\n\n' +
        "Run 'docker network COMMAND --help' for more information on a command.\n",
    )
  })

  it('keeps the recorded top-level help', () => {
    expect(DOCKER_HELP.startsWith('Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n')).toBe(true)
    expect(DOCKER_HELP.endsWith('head to https://docs.docker.com/go/guides/\n')).toBe(true)
  })
})

describe('renderFlagUsages', () => {
  it('hides hidden and deprecated flags', () => {
    const text = renderFlagUsages([
      { name: 'name', type: 'string', usage: 'Assign a name to the container' },
      { name: 'net', type: 'string', usage: 'Hidden alias', hidden: true },
      { name: 'old', type: 'bool', usage: 'Old flag', deprecated: 'use --new' },
    ])

    expect(text).toBe('      --name string   Assign a name to the container\n')
  })

  it('shows non-zero defaults only', () => {
    const text = renderFlagUsages([
      { name: 'tail', shorthand: 'n', type: 'string', default: 'all', usage: 'Number of lines' },
      { name: 'retries', type: 'int', default: '0', usage: 'Retries' },
      { name: 'rm', type: 'bool', default: 'true', usage: 'Remove' },
      { name: 'wait', type: 'duration', default: '0s', usage: 'Wait' },
    ])

    expect(text).toBe(
      '      --retries int     Retries\n' +
        '      --rm              Remove (default true)\n' +
        '  -n, --tail string     Number of lines (default "all")\n' +
        '      --wait duration   Wait\n',
    )
  })
})

describe('wrapText', () => {
  it('keeps text that fits within the slop', () => {
    expect(wrapText(41, 79, 'Keep STDIN open even if not attached')).toBe('Keep STDIN open even if not attached')
  })

  it('breaks at the last space and indents', () => {
    expect(wrapText(41, 79, 'Add a custom host-to-IP mapping (host:ip)')).toBe(
      'Add a custom host-to-IP mapping\n' + ' '.repeat(41) + '(host:ip)',
    )
  })

  it('moves text to its own block when the column is narrow', () => {
    expect(wrapText(60, 79, 'short text')).toBe('\n' + ' '.repeat(16) + 'short text')
  })
})
