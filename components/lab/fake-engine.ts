// A deliberately small SimulatedEngine for the terminal's unit tests. It
// supports `echo`, `sleep`, `ask` and `secret` (questions answered through
// readLine), `docker run -d --name NAME [--health-cmd CMD] IMAGE`,
// `docker ps` and `docker rm -f NAME`. A health check turns healthy 30 s
// after start. It is not the real simulator (engine/index.ts).

import type { CommandIO, Completion, ContainerSummary, SimulatedEngine } from '@/engine/api'

const WORDS = ['docker', 'echo', 'sleep']
const DOCKER_WORDS = ['images', 'inspect', 'ps', 'rm', 'run']

interface FakeContainer {
  summary: ContainerSummary
  startedAt: number
}

export function createFakeEngine(start = Date.parse('2025-11-27T10:00:00Z')): SimulatedEngine {
  let now = start
  let nextId = 1
  const containers: FakeContainer[] = []
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  const runDocker = (args: string[], io: CommandIO): number => {
    const [subcommand, ...rest] = args

    if (subcommand === 'ps') {
      io.write('CONTAINER ID   IMAGE   STATUS   NAMES\n', 'stdout')
      for (const { summary } of containers) {
        io.write(`${summary.id.slice(0, 12)}   ${summary.image}   ${summary.status}   ${summary.name}\n`, 'stdout')
      }
      return 0
    }

    if (subcommand === 'run') {
      const name = rest[rest.indexOf('--name') + 1] ?? `c${nextId}`
      const image = rest[rest.length - 1] ?? 'alpine'
      const id = String(nextId++).padStart(64, '0')
      const health = rest.includes('--health-cmd') ? { status: 'starting' as const, failingStreak: 0 } : undefined
      containers.push({ summary: { id, name, image, state: 'running', status: '', health }, startedAt: now })
      refresh()
      io.write(`${id}\n`, 'stdout')
      return 0
    }

    if (subcommand === 'rm') {
      const index = containers.findIndex(({ summary }) => summary.name === rest[rest.length - 1])
      if (index === -1) {
        io.write(`Error response from daemon: No such container: ${rest[rest.length - 1]}\n`, 'stderr')
        return 1
      }
      containers.splice(index, 1)
      notify()
      io.write(`${rest[rest.length - 1]}\n`, 'stdout')
      return 0
    }

    io.write(`docker: unknown command: docker ${subcommand ?? ''}\n`, 'stderr')
    return 1
  }

  const refresh = () => {
    for (const container of containers) {
      const seconds = Math.floor((now - container.startedAt) / 1000)
      const health = container.summary.health
      if (health && seconds >= 30) health.status = 'healthy'
      const uptime = seconds < 1 ? 'Less than a second' : `${seconds} seconds`
      container.summary.status = `Up ${uptime}${health ? ` (health: ${health.status})` : ''}`
    }
    notify()
  }

  return {
    async execute(line, io) {
      const [command, ...args] = line.trim().split(/\s+/)
      if (command === 'echo') {
        io.write(args.join(' ') + '\n', 'stdout')
        return 0
      }
      if (command === 'sleep') return (await io.sleep(Number(args[0]) * 1000)) ? 0 : 130
      if (command === 'ask' || command === 'secret') return askQuestion(command === 'ask', io)
      if (command === 'docker') return runDocker(args, io)
      io.write(`bash: ${command}: command not found\n`, 'stderr')
      return 127
    },
    advance(ms) {
      now += ms
      refresh()
    },
    now: () => now,
    containers: () => containers.map(({ summary }) => ({ ...summary, health: summary.health && { ...summary.health } })),
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    complete(line): Completion {
      const words = line.split(' ')
      const word = words[words.length - 1] ?? ''
      let pool: string[] = []
      if (words.length === 1) pool = WORDS
      if (words.length === 2 && words[0] === 'docker') pool = DOCKER_WORDS
      return { from: line.length - word.length, candidates: pool.filter((entry) => entry.startsWith(word)) }
    },
    prompt: () => 'studente@laboratorio:~$ ',
    writeHostFile: () => {},
    snapshot: () => ({
      time: now,
      containers: [],
      images: [],
      hostUser: 'studente',
      home: '/home/studente',
      file: () => undefined,
      groupMembers: () => undefined,
      auditRules: [],
      auditEvents: [],
    }),
  }
}

async function askQuestion(echo: boolean, io: CommandIO & { readLine?(echo: boolean): Promise<string | undefined> }) {
  io.write(echo ? 'Nome: ' : 'Password: ', 'stderr')
  const answer = await io.readLine?.(echo)

  if (answer === undefined) {
    io.write('\nnessuna risposta\n', 'stdout')
    return 1
  }
  io.write(echo ? `ciao ${answer}\n` : `${answer.length} caratteri\n`, 'stdout')
  return 0
}
