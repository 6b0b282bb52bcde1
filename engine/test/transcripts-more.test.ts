// Replays the recorded sessions other than S1-S3 (client errors, health
// options, timeouts, runtime security flags, common errors, builds, mariadb)
// step by step. Each file lists the steps whose output is known to differ from
// the simulator, with the reason. Every other step must match after
// normalisation (IDs, times, durations), and a listed step that starts to
// match fails the run. TRANSCRIPT_SURVEY=1 prints every difference instead.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CommandIO } from '../api'
import type { Engine } from '../engine'
import { NGINX_INDEX_HTML } from '../images/nginx-files'
import { createTestEngine } from './harness'
import { applyCaptureFixes, applySimulatorFixes, normalise, parseTranscript, type TranscriptStep } from './transcript'

const TRANSCRIPTS = join(__dirname, 'transcripts')
const DATE = '2026-12-04'

/** Virtual time one command may wait before the runner interrupts it, like Ctrl-C in the terminal. */
const COMMAND_BUDGET_MS = 60_000

// Reasons a recorded step differs; docs/architecture.md lists the same groups.
const OTHER_CONTAINERS = 'the capture ran other scenarios at the same time (S4b and S4d are not kept), so unfiltered docker ps lists their containers'
const DAEMON_20 = 'the capture daemon is dockerd 20.10; the simulator prints the Docker 28 message or behaviour'
const START_INTERVAL = 'Engine 25+ probes every --health-start-interval (default 5 s) while a container is starting inside its start period; dockerd 20.10 used --health-interval'
const CGROUP_V1 = 'the capture host used cgroup v1 paths and values; the simulator models cgroup v2 on Ubuntu 24.04'
const DEBIAN_IMAGE = 'the capture built nginx, busybox and mariadb from Debian packages; the simulator models the Docker Hub images'
const NO_NETWORK = 'the capture daemon had no bridge network and no registry'
const PROBE_TIMING = 'a health probe, restart or exit lands tens of milliseconds from the capture, across a poll or a whole second (start-up, back-off and probe durations vary between runs)'
const CAPTURE_HOST = 'the capture host had 2 CPUs, 23.5 GiB of memory, its own DNS resolver and refused --privileged (unable to apply caps)'
const MEMORY_FIGURES = 'docker stats memory usage is a per-image estimate, and without --memory the limit is the host RAM (23.54GiB on the capture host)'
const CPU_TIME = "bash's `time` reports the capture's milliseconds and CPU time"
const NGINX_SHUTDOWN_ORDER = "nginx's two workers exit at the same time, so the order of the master's shutdown lines varies between runs (S6 steps 10 and 41 show both)"
const NO_DAEMON = 'the capture ran the client with no daemon listening; the simulator always has one'
const NO_BUILDX = 'the capture client had no buildx plugin, so docker build used the legacy builder; the simulator models Docker 28 with buildx (BuildKit)'
const CLIENT_20 = "the step runs Debian's docker 20.10 client (/usr/bin/docker), which the simulator does not have"
const NO_BUILD_CONTEXT = 'the copyadd and .dockerignore build contexts are not kept with the transcript, which prints only the Dockerfiles of the others'
const NO_KCORE = "the capture's /dev has no core link, which runc adds only where the host kernel has /proc/kcore (Ubuntu's kernels do)"
const TRANSCRIPT_SPLIT = 'the capture shows stdout and stderr as separate sections, which the comparison does not merge'

interface TranscriptFile {
  file: string
  /** Sessions replayed first without comparison, when `file` continues their state. */
  prelude?: string[]
  /** Step index → reason it is expected to differ. */
  known: Record<number, string>
  /** Writes the host files the session reads before its first step. */
  setup?: (engine: Engine, steps: TranscriptStep[]) => void
  /** Runs each step from the home directory, as the capture ran each command in a new shell. */
  freshShell?: boolean
  /** Step index → reason the replay skips it: it failed in the capture without changing any state, and would change the simulator's. */
  notRun?: Record<number, string>
}

/** Commands that a transcript's notes record as typed in a second terminal, at `clock` (`HH:MM:SS.mmm`). */
const BACKGROUND: Record<string, { clock: string; command: string }[]> = {
  // The attached `docker run … tooshort` (S6 step 41) was ended from a second terminal.
  'S6_common_errors.txt': [{ clock: '19:30:10.900', command: 'docker stop tooshort' }],
}

const FILES: TranscriptFile[] = [
  {
    file: 'S0_client_only_28.2.2.txt',
    known: {
      ...steps([0, 1, 2, 3, 17, 21], NO_DAEMON),
      44: NO_BUILDX,
      // With a daemon the client hides checkpoint and the swarm manager commands; the capture client also had no plugins and ran as root.
      46: NO_DAEMON,
    },
  },
  {
    file: 'S7_dockerfile_builds.txt',
    // The capture ran S7 on the daemon that still ran S1-S3's nginx, restarted in S6.
    prelude: ['S1_nginx_healthy.txt', 'S2_nginx_unhealthy.txt', 'S3_nginx_recover.txt', 'S6_common_errors.txt'],
    setup: writeDockerfiles,
    freshShell: true,
    known: {
      // Legacy builder output and history, and its dangling intermediate image.
      ...steps([1, 7, 8, 10, 13, 16, 17, 18, 20, 40, 42, 43, 44, 45, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62], NO_BUILDX),
      ...steps([25, 26, 27, 28, 29, 30, 31], START_INTERVAL), // HEALTHCHECK --start-period=5s: Engine 28 probes at 5 s, dockerd 20.10 at 30 s
      ...steps([36, 37, 38, 46, 47, 48], NO_BUILD_CONTEXT),
      ...steps([63, 64, 65, 66, 67, 68], CLIENT_20),
    },
  },
  {
    file: 'S6_common_errors.txt',
    prelude: ['S1_nginx_healthy.txt', 'S2_nginx_unhealthy.txt', 'S3_nginx_recover.txt'],
    known: {
      ...steps([3, 8, 51, 52], DAEMON_20),
      10: NGINX_SHUTDOWN_ORDER,
      25: TRANSCRIPT_SPLIT,
      ...steps([32, 35], CAPTURE_HOST), // the capture host's DNS resolver, 10.255.255.53
      34: NO_NETWORK, // the simulated registry serves nginx, so the pull finds the stored image up to date
      ...steps([57, 62], CPU_TIME),
      ...steps([73, 74, 75, 76, 79], DEBIAN_IMAGE), // the capture's local images and their sizes
    },
    // The simulated registry serves nginx:1.27, so the simulator would run nginx attached here.
    notRun: { 33: NO_NETWORK },
  },
  { file: 'S4c_timeout.txt', known: { 18: OTHER_CONTAINERS } },
  {
    file: 'S4a_health_options.txt',
    known: {
      ...steps([1, 3, 5, 7, 9, 11, 13, 35], OTHER_CONTAINERS),
      24: PROBE_TIMING, // the fourth probe ends after the poll
    },
  },
  {
    file: 'S5_runtime_security_flags.txt',
    // The capture ran S5 on the daemon that still ran S1-S3's nginx.
    prelude: ['S1_nginx_healthy.txt', 'S2_nginx_unhealthy.txt', 'S3_nginx_recover.txt'],
    known: {
      // nginx temp paths under /var/lib/nginx; Debian's build writes each start-up message once, without the `nginx: [emerg]` copy on stderr.
      ...steps([12, 15, 16, 17, 93, 115], DEBIAN_IMAGE),
      ...steps([11, 27, 43, 45, 50, 52], PROBE_TIMING), // nginx's failed start and the restart back-off
      ...steps([53, 58, 59], DAEMON_20),
      ...steps([62, 63, 64], MEMORY_FIGURES),
      ...steps([66, 67, 126], CGROUP_V1),
      71: PROBE_TIMING, // the capture's docker ps ran 0.94 s after docker run began, so CREATED was still under a second
      ...steps([74, 77, 79, 81, 82], CAPTURE_HOST),
      80: NO_KCORE,
      87: DEBIAN_IMAGE, // Debian's busybox maps uid 65534 to the nogroup group
      ...steps([101, 106], NO_NETWORK),
    },
  },
  {
    file: 'S8_mariadb_healthcheck.txt',
    // The capture ran S8 on the daemon that still ran S1-S3's nginx, restarted in S6.
    prelude: ['S1_nginx_healthy.txt', 'S2_nginx_unhealthy.txt', 'S3_nginx_recover.txt', 'S6_common_errors.txt'],
    known: {
      ...steps([2, 18, 25, 28], DEBIAN_IMAGE), // Debian's mariadb 10.11.18 and cgroup v1 warnings in its log
      ...steps([8, 9, 10], PROBE_TIMING), // the third probe took longer while the entrypoint secured the users
      ...steps([40, 41, 43, 44], START_INTERVAL), // --health-start-period=10s: Engine 28 probes at 5 s, dockerd 20.10 at 3 s
      51: PROBE_TIMING, // the capture's inspect ran 3 ms after the fifth probe ended
    },
  },
]

/**
 * Writes each build context's Dockerfile that the session prints with `cd ctx/<name> && cat Dockerfile`.
 * NOTE: the other files of the contexts (copyadd's archive, the .dockerignore demo) are not in the
 * transcript, so those contexts stay missing.
 */
function writeDockerfiles(engine: Engine, steps: TranscriptStep[]): void {
  for (const step of steps) {
    const match = /^cd (ctx\/[\w.-]+) && cat Dockerfile(?: && docker build .*)?$/.exec(step.command)
    if (!match) continue

    const lines = step.output.split('\n')
    const banner = lines.findIndex((line) => line.startsWith('DEPRECATED: '))
    const dockerfile = banner < 0 ? step.output : `${lines.slice(0, banner).join('\n')}\n`
    engine.writeHostFile(`${match[1]}/Dockerfile`, dockerfile)
  }
}

function steps(indexes: number[], reason: string): Record<number, string> {
  return Object.fromEntries(indexes.map((index) => [index, reason]))
}

interface PendingCommand {
  at: number
  command: string
}

/** Moves the clock to `target`, running each background command that falls due on the way. */
async function advanceTo(engine: Engine, target: number, background: PendingCommand[]): Promise<void> {
  while (background.length > 0 && background[0]!.at <= target) {
    const next = background.shift()!
    if (next.at > engine.now()) engine.advance(next.at - engine.now())
    await runStep(engine, next.command, background)
  }
  if (target > engine.now()) engine.advance(target - engine.now())
}

async function runStep(engine: Engine, line: string, background: PendingCommand[]): Promise<{ merged: string; exitCode: number }> {
  let merged = ''
  let budget = COMMAND_BUDGET_MS
  const io: CommandIO = {
    write: (text) => {
      merged += text
    },
    sleep: async (ms) => {
      // A command typed in a second terminal changes the daemon's state, which
      // ends a waiting client's sleep as the daemon's events would.
      const wake = background[0] === undefined ? Infinity : Math.max(0, background[0].at - engine.now())
      const allowed = Math.min(ms, budget, wake)
      budget -= allowed
      await advanceTo(engine, engine.now() + allowed, background)
      return allowed === ms || allowed === wake
    },
    isTTY: false,
    columns: 120,
  }
  const exitCode = await engine.execute(line, io)
  return { merged, exitCode }
}

function clockTime(clock: string): number {
  return Date.parse(`${DATE}T${clock}Z`)
}

describe.each(FILES)('recorded session $file', ({ file, prelude, known, setup, freshShell, notRun }) => {
  it('matches every step not listed as a known difference', async () => {
    const load = (name: string): TranscriptStep[] => parseTranscript(readFileSync(join(TRANSCRIPTS, name), 'utf8'))
    const skipped = (name: string) => FILES.find((entry) => entry.file === name)?.notRun ?? {}
    const before = (prelude ?? []).flatMap((name) => load(name).filter((_, index) => skipped(name)[index] === undefined))
    const steps = load(file)
    const engine = createTestEngine({ seed: 42, start: `${DATE}T${(before[0] ?? steps[0]!).clock}Z` })
    const options = { indexHtml: NGINX_INDEX_HTML }
    const pending = [...(prelude ?? []), file].flatMap((name) => BACKGROUND[name] ?? []).map(({ clock, command }) => ({ at: clockTime(clock), command }))

    for (const step of before) {
      await advanceTo(engine, clockTime(step.clock), pending)
      await runStep(engine, step.command, pending)
    }

    setup?.(engine, steps)

    for (const [index, step] of steps.entries()) {
      if (notRun?.[index] !== undefined) continue
      await advanceTo(engine, clockTime(step.clock), pending)
      if (freshShell) await runStep(engine, 'cd', pending)
      const result = await runStep(engine, step.command, pending)
      const context = `${file} #${index} $ ${step.command}`
      const expected = normalise(applyCaptureFixes(step.output), options)
      const actual = normalise(applySimulatorFixes(result.merged), options)
      const matches = result.exitCode === step.exitCode && actual === expected

      if (process.env.TRANSCRIPT_SURVEY) {
        const next = steps[index + 1]
        if (next !== undefined && engine.now() > clockTime(next.clock)) console.log(`OVERRUN ${context}: ends ${engine.now() - clockTime(next.clock)} ms after the next step began`)
        if (matches && known[index] !== undefined) console.log(`MATCHES ${context} [${known[index]}]`)
        if (!matches) console.log(`DIFF ${context} [${known[index] ?? 'new'}]\n--- expected (exit ${step.exitCode})\n${expected}--- actual (exit ${result.exitCode})\n${actual}`)
        continue
      }
      if (known[index] !== undefined) {
        expect(matches, `${context} matches now; remove it from known`).toBe(false)
        continue
      }
      expect(result.exitCode, context).toBe(step.exitCode)
      expect(actual, context).toBe(expected)
    }
    if (process.env.TRANSCRIPT_SURVEY) console.log(`SUMMARY ${file}: ${steps.length - Object.keys(known).length} of ${steps.length} steps match`)
  }, 60_000)
})
