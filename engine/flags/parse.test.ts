import { describe, expect, it } from 'vitest'

import { COMMAND_HELP } from './commands'
import { FlagError, parseFlags, type FlagSpec } from './parse'

const RUN = COMMAND_HELP.run!
const PS = COMMAND_HELP.ps!
const LOGS = COMMAND_HELP.logs!

function parseRun(args: string[]) {
  return parseFlags(args, RUN.flags, { interspersed: false })
}

describe('parseFlags values', () => {
  it('parses a detached run with clustered shorthands', () => {
    const parsed = parseRun(['-d', '--rm', '-it', 'nginx'])

    expect(parsed.values).toEqual(new Map<string, unknown>([['detach', true], ['rm', true], ['interactive', true], ['tty', true]]))
    expect(parsed.positionals).toEqual(['nginx'])
  })

  it.each<[string[], string, unknown]>([
    [['--name=web', 'nginx'], 'name', 'web'],
    [['--name', 'web', 'nginx'], 'name', 'web'],
    [['-e', 'A=1', '-eB=2', '--env=C=3', '--env', 'D', 'nginx'], 'env', ['A=1', 'B=2', 'C=3', 'D']],
    [['-p', '8080:80', '-p', '443:443', 'nginx'], 'publish', ['8080:80', '443:443']],
    [['--detach=false', 'nginx'], 'detach', false],
    [['-d=false', 'nginx'], 'detach', false],
    [['--health-interval=5s', 'nginx'], 'health-interval', 5000],
    [['--health-start-period', '1m30s', 'nginx'], 'health-start-period', 90_000],
    [['--health-interval=-1s', 'nginx'], 'health-interval', -1000],
    [['--health-retries=-1', 'nginx'], 'health-retries', -1],
    [['--health-retries', '0x10', 'nginx'], 'health-retries', 16],
    [['--memory', '64m', 'nginx'], 'memory', 67108864],
    [['-m64m', 'nginx'], 'memory', 67108864],
    [['--cpus', '0.5', 'nginx'], 'cpus', 500000000],
    [['--cpus=3/2', 'nginx'], 'cpus', 1500000000],
    [['--io-maxiops', '100', 'nginx'], 'io-maxiops', 100],
    [['--restart', 'on-failure:3', 'nginx'], 'restart', 'on-failure:3'],
    [['--health-cmd', 'curl --fail http://localhost:80 || exit 1', 'nginx'], 'health-cmd', 'curl --fail http://localhost:80 || exit 1'],
    [['--name='], 'name', ''],
  ])('%j sets %s', (args, name, expected) => {
    expect(parseRun(args).values.get(name)).toEqual(expected)
  })

  it('stops at the image when not interspersed', () => {
    const parsed = parseRun(['--name', 'web', 'busybox', 'sh', '-c', 'echo -x', '--rm'])

    expect(parsed.positionals).toEqual(['busybox', 'sh', '-c', 'echo -x', '--rm'])
    expect(parsed.values.has('rm')).toBe(false)
  })

  it('reads flags after positionals when interspersed', () => {
    const parsed = parseFlags(['extra-arg', '-a', '-q'], PS.flags, { interspersed: true })

    expect(parsed.positionals).toEqual(['extra-arg'])
    expect(parsed.values.get('all')).toBe(true)
    expect(parsed.values.get('quiet')).toBe(true)
  })

  it('treats everything after -- as positional', () => {
    const parsed = parseFlags(['-a', '--', '-q', '--format'], PS.flags, { interspersed: true })

    expect(parsed.positionals).toEqual(['-q', '--format'])
    expect(parsed.values.has('quiet')).toBe(false)
  })

  it('treats a lone dash as positional', () => {
    expect(parseFlags(['-'], PS.flags, { interspersed: true }).positionals).toEqual(['-'])
  })

  it.each([['-n5'], ['-n=5'], ['-n', '5'], ['--tail=5'], ['--tail', '5']])('reads tail from %j', (...args) => {
    const parsed = parseFlags([...args, 'web'], LOGS.flags, { interspersed: true })

    expect(parsed.values.get('tail')).toBe('5')
    expect(parsed.positionals).toEqual(['web'])
  })

  it('leaves unset flags out of values', () => {
    expect(parseFlags(['web'], LOGS.flags, { interspersed: true }).values.size).toBe(0)
  })
})

describe('parseFlags help', () => {
  it('stops at --help', () => {
    const parsed = parseFlags(['--help', '--bogus'], PS.flags, { interspersed: true })

    expect(parsed.help).toBe(true)
  })

  it('takes -h as help where it is not a shorthand', () => {
    expect(parseFlags(['-h'], PS.flags, { interspersed: true }).help).toBe(true)
  })

  it('reports help from the declared run flag', () => {
    expect(parseRun(['--help']).help).toBe(true)
  })

  it('reads -h as hostname on run', () => {
    expect(parseRun(['-h', 'box', 'nginx']).values.get('hostname')).toBe('box')
  })
})

describe('parseFlags warnings', () => {
  it('warns about deprecated flags', () => {
    const spec: FlagSpec[] = [{ name: 'old', type: 'bool', usage: 'Old', deprecated: 'use --new instead' }]

    const parsed = parseFlags(['--old'], spec, { interspersed: true })

    expect(parsed.values.get('old')).toBe(true)
    expect(parsed.warnings).toEqual(['Flag --old has been deprecated, use --new instead'])
  })
})

describe('parseFlags errors', () => {
  it.each([
    [['--health-interval=abc', 'nginx'], 'invalid argument "abc" for "--health-interval" flag: time: invalid duration "abc"'],
    [['--health-timeout=5', 'nginx'], 'invalid argument "5" for "--health-timeout" flag: time: missing unit in duration "5"'],
    [['--health-retries=abc', 'nginx'], 'invalid argument "abc" for "--health-retries" flag: strconv.ParseInt: parsing "abc": invalid syntax'],
    [['--memory', '64x', 'nginx'], 'invalid argument "64x" for "-m, --memory" flag: invalid suffix: \'x\''],
    [['--memory', 'abc', 'nginx'], 'invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\''],
    [['--cpus', 'abc', 'nginx'], 'invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number'],
    [['--cpus', '0.0000000001', 'nginx'], 'invalid argument "0.0000000001" for "--cpus" flag: value is too precise'],
    [['--detach=maybe', 'nginx'], 'invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
    [['--io-maxiops=-1', 'nginx'], 'invalid argument "-1" for "--io-maxiops" flag: strconv.ParseUint: parsing "-1": invalid syntax'],
    [['--cpu-shares=99999999999999999999', 'nginx'], 'invalid argument "99999999999999999999" for "-c, --cpu-shares" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range'],
    [['--unknown-flag', 'nginx'], 'unknown flag: --unknown-flag'],
    [['-x', 'nginx'], "unknown shorthand flag: 'x' in -x"],
    [['-dxt', 'nginx'], "unknown shorthand flag: 'x' in -xt"],
    [['--cap-drop'], 'flag needs an argument: --cap-drop'],
    [['-e'], "flag needs an argument: 'e' in -e"],
    [['-ite'], "flag needs an argument: 'e' in -e"],
    [['---x'], 'bad flag syntax: ---x'],
    [['--=x'], 'bad flag syntax: --=x'],
  ])('%j fails', (args, message) => {
    expect(() => parseRun(args)).toThrow(FlagError)
    expect(() => parseRun(args)).toThrow(message)
  })
})
