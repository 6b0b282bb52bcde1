// Parser and normaliser for recorded Docker sessions: blocks of
// `[t=+Ns  HH:MM:SS.mmmZ]`, `$ command`, merged output, `[exit code: N]`.

export interface TranscriptStep {
  /** Wall-clock time of the step, `HH:MM:SS.mmm`. */
  clock: string
  command: string
  output: string
  exitCode: number
}

const HEADER = /^\[t=\+[\d.]+s\s+(\d{2}:\d{2}:\d{2}\.\d{3})Z\]$/
const EXIT = /^\[exit code: (-?\d+)\]$/

export function parseTranscript(text: string): TranscriptStep[] {
  const lines = text.split('\n')
  const steps: TranscriptStep[] = []

  for (let index = 0; index < lines.length; index++) {
    const header = HEADER.exec(lines[index]!)
    if (!header) continue

    const command = lines[index + 1]!.replace(/^\$ /, '')
    const output: string[] = []
    let cursor = index + 2
    while (cursor < lines.length && !EXIT.test(lines[cursor]!)) output.push(lines[cursor++]!)

    steps.push({ clock: header[1]!, command, output: output.length > 0 ? `${output.join('\n')}\n` : '', exitCode: Number(EXIT.exec(lines[cursor] ?? '')?.[1] ?? 0) })
    index = cursor
  }
  return steps
}

/** Returns the text as it appears inside a JSON string. */
export function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

/**
 * Puts an nginx error line before the access line of the same request.
 * nginx writes them to different streams, so a capture shows them in either order.
 */
export function orderRequestLines(text: string): string {
  const lines = text.split('\n')
  for (let index = 0; index + 1 < lines.length; index++) {
    const access = /^127\.0\.0\.1 - - \[(\d{2})\/\w{3}\/\d{4}:(\d{2}:\d{2}:\d{2})/.exec(lines[index]!)
    const error = / (\d{2}:\d{2}:\d{2}) \[error\]/.exec(lines[index + 1]!)
    if (access && error && access[2] === error[1]) [lines[index], lines[index + 1]] = [lines[index + 1]!, lines[index]!]
  }
  return lines.join('\n')
}

/**
 * Rewrites of recorded output for the differences between the capture's
 * Debian-built nginx image on its host and the official image the simulator
 * models. Applied to the recorded text before comparison.
 */
const CAPTURE_FIXES: [RegExp, string][] = [
  // The capture used Debian's nginx 1.22.1; the official image is nginx 1.27.4 and logs its compiler, with a trailing space.
  [/nginx\/1\.22\.1\n/g, 'nginx/1.27.4\n<NGINXTIME> [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) \n'],
  // Kernel of the capture machine and its RLIMIT_NOFILE limit.
  [/OS: Linux 6\.18\.44-fc-v1252/g, 'OS: Linux 6.8.0-88-generic'],
  [/getrlimit\(RLIMIT_NOFILE\): 20000:20000/g, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576'],
  // Debian's 50x.html is 492 bytes; nginx.org's is 497. File dates come from each image's build.
  [/-rw-r--r-- 1 root root 492 \w{3} [ \d]\d [ \d]\d:\d\d 50x\.html/g, '-rw-r--r-- 1 root root 497 <LSDATE> 50x.html'],
  [/-rw-r--r-- 1 root root 615 \w{3} [ \d]\d  \d{4} index\.html/g, '-rw-r--r-- 1 root root 615 <LSDATE> index.html'],
]

/** Rewrites of simulated output that match the placeholders CAPTURE_FIXES puts in the recorded text. */
const SIMULATOR_FIXES: [RegExp, string][] = [[/-rw-r--r-- 1 root root (\d+) \w{3} [ \d]\d  \d{4} /g, '-rw-r--r-- 1 root root $1 <LSDATE> ']]

function applyFixes(text: string, fixes: [RegExp, string][]): string {
  return fixes.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text)
}

/** Applies CAPTURE_FIXES to recorded output. */
export function applyCaptureFixes(recorded: string): string {
  return applyFixes(recorded, CAPTURE_FIXES)
}

/** Applies SIMULATOR_FIXES to simulated output. */
export function applySimulatorFixes(simulated: string): string {
  return applyFixes(simulated, SIMULATOR_FIXES)
}

const HUMAN_DURATION = /\b(Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))\b/g

export interface NormaliseOptions {
  /** The welcome page, removed from health-check output because curl's meter interleaves with it at random. */
  indexHtml: string
}

/** Replaces everything that legitimately differs between two runs with placeholders. */
export function normalise(text: string, options: NormaliseOptions): string {
  return orderRequestLines(text)
    .replaceAll(jsonEscaped(options.indexHtml), '')
    .replace(/\b[0-9a-f]{64}\b/g, '<ID64>')
    // overlay2 names each layer's short link (`l/YIGF3ZLEUDZZ2FKIUYXTT3YBU6`) at random.
    .replace(/\/overlay2\/l\/[A-Z2-7]{26}\b/g, '/overlay2/l/<LINK>')
    .replace(/\b[0-9a-f]{12}\b/g, '<ID12>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<RFC3339>')
    .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)? \+0000 UTC/g, '<GOTIME>')
    .replace(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/g, '<NGINXTIME>')
    .replace(/\[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000\]/g, '[<ACCESSTIME>]')
    // curl's average and current speeds depend on the machine. Below 100 000 bytes/s they are plain numbers.
    .replace(/(100 +\d+ +100 +\d+ +0 +0) +\d{1,5}[kM]? +0 (--:--:-- --:--:-- --:--:--) +\d{1,5}[kM]?(?![\dkM])/g, '$1 <SPEED>      0 $2 <SPEED>')
    .replace(/ {0,3}\b\d{1,3}k\b/g, ' <SPEED>')
    // Names that the daemon generates (`vigorous_wilson`) in the last column of a table.
    .replace(/(?<=   )[a-z]+_[a-z]+$/gm, '<NAME>')
    .replace(/"Pid": \d+/g, '"Pid": <PID>')
    .replace(HUMAN_DURATION, '<DURATION>')
}

/** Splits a `docker ps` table into trimmed cells, using the header's column offsets. */
export function tableCells(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line !== '')
  const header = lines[0] ?? ''
  const starts = [...header.matchAll(/(?:^|\s{2,})(\S)/g)].map((match) => match.index! + match[0].length - 1)
  return lines.map((line) => starts.map((start, column) => line.slice(start, starts[column + 1] ?? line.length).trim()))
}
