import { describe, expect, it } from 'vitest'

import { COMMAND_HELP } from './commands'
import { FlagError, parseFlags } from './parse'
import { checkArgumentCount, runtimeError, unknownCommandError, usageError, type CliError } from './usage'

// Runs the client-side checks a docker subcommand makes before it contacts
// the daemon; returns undefined when the command line is valid.
function checkCommandLine(command: string, args: string[]): CliError | undefined {
  const help = COMMAND_HELP[command]!
  try {
    const parsed = parseFlags(args, help.flags, { interspersed: help.interspersed ?? true })
    const countError = checkArgumentCount(command, help.args ?? { kind: 'any' }, parsed.positionals.length)
    return countError === undefined ? undefined : usageError(command, countError)
  } catch (error) {
    if (error instanceof FlagError) return usageError(command, error)
    throw error
  }
}

const RUN_USAGE = 'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]'

describe('usage errors from docker 28.2.2', () => {
  it.each<[string, string[], string, number]>([
    ['run', ['--health-interval=abc', 'nginx'], `invalid argument "abc" for "--health-interval" flag: time: invalid duration "abc"\n\n${RUN_USAGE}\n\nRun 'docker run --help' for more information\n`, 125],
    ['run', ['--unknown-flag', 'nginx'], `unknown flag: --unknown-flag\n\n${RUN_USAGE}\n\nRun 'docker run --help' for more information\n`, 125],
    ['run', ['-x', 'nginx'], `unknown shorthand flag: 'x' in -x\n\n${RUN_USAGE}\n\nRun 'docker run --help' for more information\n`, 125],
    ['run', ['--memory', '64x', 'nginx'], `invalid argument "64x" for "-m, --memory" flag: invalid suffix: 'x'\n\n${RUN_USAGE}\n\nRun 'docker run --help' for more information\n`, 125],
    ['run', ['--cap-drop'], `flag needs an argument: --cap-drop\n\n${RUN_USAGE}\n\nRun 'docker run --help' for more information\n`, 125],
    ['run', [], `docker: 'docker run' requires at least 1 argument\n\n${RUN_USAGE}\n\nSee 'docker run --help' for more information\n`, 1],
    ['run', ['--user', 'nginx'], `docker: 'docker run' requires at least 1 argument\n\n${RUN_USAGE}\n\nSee 'docker run --help' for more information\n`, 1],
    ['run', ['--tmpfs', 'nginx'], `docker: 'docker run' requires at least 1 argument\n\n${RUN_USAGE}\n\nSee 'docker run --help' for more information\n`, 1],
    ['ps', ['--bogus'], "unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    ['ps', ['-a', '-q', '--format', '{{.Names}}', 'extra-arg'], "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 1],
    ['inspect', [], "docker: 'docker inspect' requires at least 1 argument\n\nUsage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\nSee 'docker inspect --help' for more information\n", 1],
    ['logs', [], "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n", 1],
    ['logs', ['a', 'b'], "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n", 1],
    ['exec', ['nginx'], "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n", 1],
    ['stop', [], "docker: 'docker stop' requires at least 1 argument\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker stop --help' for more information\n", 1],
  ])('docker %s %j', (command, args, stderr, exitCode) => {
    const error = checkCommandLine(command, args)

    expect(error?.stderr).toBe(stderr)
    expect(error?.exitCode).toBe(exitCode)
  })

  it.each<[string, string[]]>([
    ['run', ['-d', '--rm', '-it', 'nginx']],
    ['run', ['--restart', 'sometimes', 'nginx']],
    ['run', ['--health-retries=-1', 'nginx']],
    ['exec', ['-it', 'nginx', 'sh']],
    ['logs', ['-f', '--tail', '10', 'nginx']],
    ['images', ['busybox']],
  ])('accepts docker %s %j', (command, args) => {
    expect(checkCommandLine(command, args)).toBeUndefined()
  })

  it('formats run errors found after parsing', () => {
    expect(runtimeError('run', '--health-retries cannot be negative')).toEqual({
      stderr: "docker: --health-retries cannot be negative\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    })
  })

  it('formats unknown commands', () => {
    expect(unknownCommandError('docker nosuchcommand')).toEqual({
      stderr: "docker: unknown command: docker nosuchcommand\n\nRun 'docker --help' for more information\n",
      exitCode: 1,
    })
  })

  it('rejects commands without help data', () => {
    expect(() => usageError('nosuch', 'x')).toThrow('no help data for command "docker nosuch"')
  })
})

describe('checkArgumentCount', () => {
  it.each<[Parameters<typeof checkArgumentCount>[1], number, string | undefined]>([
    [{ kind: 'any' }, 5, undefined],
    [{ kind: 'none' }, 0, undefined],
    [{ kind: 'exact', count: 2 }, 1, "'docker x' requires 2 arguments"],
    [{ kind: 'min', count: 1 }, 1, undefined],
    [{ kind: 'max', count: 1 }, 2, "'docker x' requires at most 1 argument"],
    [{ kind: 'range', min: 1, max: 2 }, 3, "'docker x' requires at least 1 and at most 2 arguments"],
    [{ kind: 'range', min: 1, max: 2 }, 2, undefined],
  ])('%j with %d arguments', (rule, count, expected) => {
    expect(checkArgumentCount('x', rule, count)).toBe(expected)
  })
})
