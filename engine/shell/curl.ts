// curl 7.88.1 as shipped in Debian bookworm (the nginx image's curl). When
// stdout is not a terminal it draws its progress meter on stderr, which is
// why health-check Output mixes the meter with the page.

import { FsError, resolvePath } from '../fs/vfs'
import type { Program, ProgramContext } from './types'

const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n'

const TIMES = '--:--:-- --:--:-- --:--:--'

interface CurlOptions {
  fail: boolean
  silent: boolean
  showError: boolean
  head: boolean
  include: boolean
  output: string | undefined
  /** `-w` format, written to stdout after the transfer. */
  writeOut: string | undefined
  url: string | undefined
}

function parseOptions(argv: string[]): CurlOptions | string {
  const options: CurlOptions = { fail: false, silent: false, showError: false, head: false, include: false, output: undefined, writeOut: undefined, url: undefined }

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--fail' || arg === '--fail-with-body') options.fail = true
    else if (arg === '--silent') options.silent = true
    else if (arg === '--show-error') options.showError = true
    else if (arg === '--head') options.head = true
    else if (arg === '--include') options.include = true
    else if (arg === '--location' || arg === '--compressed') continue
    else if (arg === '--output') options.output = argv[++index]
    else if (arg === '--max-time' || arg === '--connect-timeout' || arg === '--user-agent' || arg === '-m' || arg === '-A') index++
    else if (arg === '-o') options.output = argv[++index]
    else if (arg === '-w' || arg === '--write-out') options.writeOut = argv[++index]
    else if (/^-[a-zA-Z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) {
        if (letter === 'f') options.fail = true
        else if (letter === 's') options.silent = true
        else if (letter === 'S') options.showError = true
        else if (letter === 'I') options.head = true
        else if (letter === 'i') options.include = true
        else if (letter === 'L' || letter === 'k' || letter === 'v') continue
        else return `curl: option ${arg}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`
      }
    } else if (arg.startsWith('--')) {
      return `curl: option ${arg}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`
    } else options.url = arg
  }

  return options
}

function meterLine(percent: number, total: number, received: number, speed: string): string {
  const field = (value: string | number, width: number): string => String(value).padStart(width)
  return `\r${field(percent, 3)} ${field(total, 5)}  ${field(percent, 3)} ${field(received, 5)}  ${field(0, 3)} ${field(0, 5)}  ${field(speed, 5)}  ${field(0, 5)} ${TIMES} ${field(received > 0 ? '600k' : 0, 5)}`
}

function parseUrl(url: string): { host: string; port: number; path: string } | undefined {
  const match = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url)
  if (!match) return undefined
  const scheme = match[1] ?? 'http'
  const defaultPort = scheme === 'https' ? 443 : 80
  const port = match[3] ? Number(match[3]) : defaultPort
  return { host: match[2]!, port, path: match[4] ?? '/' }
}

export const runCurl: Program = (ctx) => {
  const options = parseOptions(ctx.argv.slice(1))
  if (typeof options === 'string') {
    ctx.write(`${options}\n`, 'stderr')
    return 2
  }
  if (options.url === undefined) {
    ctx.write("curl: try 'curl --help' or 'curl --manual' for more information\n", 'stderr')
    return 2
  }

  const target = parseUrl(options.url)
  if (!target) {
    ctx.write(`curl: (3) URL using bad/illegal format or missing URL\n`, 'stderr')
    return 3
  }

  const showMeter = !options.silent && (options.output !== undefined || !ctx.stdoutIsTTY)
  const showErrors = !options.silent || options.showError
  if (showMeter) ctx.write(METER_HEADER + meterLine(0, 0, 0, '0'), 'stderr')

  const started = ctx.now()
  ctx.spend(50 + Math.floor((started % 7) * 10))
  const result = ctx.container.http(target.host, target.port, options.head ? 'HEAD' : 'GET', target.path, started)

  if (result.kind !== 'response') {
    if (showMeter) ctx.write('\n', 'stderr')
    if (result.kind === 'unresolved') {
      if (showErrors) ctx.write(`curl: (6) Could not resolve host: ${target.host}\n`, 'stderr')
      writeOut(ctx, options, 0)
      return 6
    }
    if (showErrors) ctx.write(`curl: (7) Failed to connect to ${target.host} port ${target.port} after 0 ms: Couldn't connect to server\n`, 'stderr')
    writeOut(ctx, options, 0)
    return 7
  }

  const exitCode = deliver(ctx, options, result.status, result.body, showMeter, showErrors)
  writeOut(ctx, options, result.status)
  return exitCode
}

function writeOut(ctx: ProgramContext, options: CurlOptions, status: number): void {
  if (options.writeOut !== undefined) ctx.write(expandWriteOut(options.writeOut, status), 'stdout')
}

/**
 * Expands a `-w` format: `%{http_code}` becomes the status (000 when no
 * response came) and `\n`, `\r`, `\t` become control characters, as curl
 * does. NOTE: other `%{…}` variables are left as typed.
 */
export function expandWriteOut(format: string, status: number): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\' }
  return format
    .replace(/%\{http_code\}|%\{response_code\}/g, String(status).padStart(3, '0'))
    .replace(/\\([nrt\\])/g, (escape, letter: string) => escapes[letter] ?? escape)
}

function deliver(ctx: ProgramContext, options: CurlOptions, status: number, body: string, showMeter: boolean, showErrors: boolean): number {
  const size = new TextEncoder().encode(body).length
  const speed = `${300 + (ctx.now() % 460)}k`

  if (options.fail && status >= 400) {
    if (showMeter) ctx.write(`${meterLine(0, size, 0, '0')}\n`, 'stderr')
    if (showErrors) ctx.write(`curl: (22) The requested URL returned error: ${status}\n`, 'stderr')
    return 22
  }

  const headers = `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? ''}\r\nServer: nginx/1.27.4\r\nContent-Type: text/html\r\nContent-Length: ${size}\r\nConnection: keep-alive\r\n\r\n`
  let payload = options.include ? headers + body : body
  if (options.head) payload = headers

  const received = options.head ? 0 : size
  if (showMeter) ctx.write(`${meterLine(received > 0 || !options.head ? 100 : 0, received, received, received > 0 ? speed : '0')}\n`, 'stderr')

  if (options.output !== undefined) {
    try {
      ctx.container.fs.writeFile(resolvePath(ctx.state.cwd, options.output), payload, ctx.now(), ctx.state.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      if (showErrors) ctx.write(`curl: (23) Failure writing output to destination\n`, 'stderr')
      return 23
    }
    return 0
  }

  ctx.write(payload, 'stdout')
  return 0
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' }
