// explainRun: the Italian plain-text report printed by "spiega l'ultimo comando".

import { auditRun } from './audit'
import type { AuditFinding, RunSecurityConfig } from './types'

const MIB = 1024 * 1024

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB && bytes % (1024 * MIB) === 0) return `${bytes / (1024 * MIB)}g`
  if (bytes % MIB === 0) return `${bytes / MIB}m`
  return `${bytes}b`
}

/** Returns one line per security-relevant option the command sets, in a fixed order. */
function describeOptions(config: RunSecurityConfig): string[] {
  const lines: string[] = []
  const add = (condition: boolean, line: string): void => {
    if (condition) lines.push(line)
  }

  add(config.privileged, '--privileged: il container riceve tutti i privilegi dell\'host.')
  add(config.readOnlyRootfs, '--read-only: il filesystem root del container è in sola lettura.')
  for (const mount of config.mounts.filter((candidate) => candidate.type === 'tmpfs')) {
    lines.push(`--tmpfs ${mount.target}: ${mount.target} è una directory scrivibile in memoria, che sparisce quando il container si ferma.`)
  }
  for (const mount of config.mounts.filter((candidate) => candidate.type !== 'tmpfs')) {
    const mode = mount.readOnly ? 'in sola lettura' : 'in lettura e scrittura'
    lines.push(`-v ${mount.source}:${mount.target}${mount.readOnly ? ':ro' : ''}: ${mount.source} è montato in ${mount.target}, ${mode}.`)
  }

  add(config.user !== '', `--user ${config.user}: il processo gira come ${config.user} invece dell'utente dell'immagine.`)
  add(config.memory > 0, `--memory ${formatBytes(config.memory)}: il container non può usare più di ${formatBytes(config.memory)} di memoria.`)
  add(config.nanoCpus > 0, `--cpus ${config.nanoCpus / 1e9}: il container usa al massimo ${config.nanoCpus / 1e9} CPU.`)
  add(config.cpuShares > 0, `--cpu-shares ${config.cpuShares}: peso relativo del container nella divisione della CPU.`)
  add((config.pidsLimit ?? 0) > 0, `--pids-limit ${config.pidsLimit}: il container può avere al massimo ${config.pidsLimit} processi.`)
  add(config.networkMode !== 'bridge', `--network ${config.networkMode}: il container non usa la rete bridge predefinita.`)
  add(config.restartPolicy.name !== 'no', `--restart ${restartText(config)}: ${restartMeaning(config)}`)
  add(config.healthcheck === 'flags', '--health-cmd: Docker esegue periodicamente il comando indicato per decidere se il container è healthy.')

  for (const capability of config.capAdd) lines.push(`--cap-add ${capability}: aggiunge la capability ${capability}.`)
  for (const capability of config.capDrop) lines.push(`--cap-drop ${capability}: toglie la capability ${capability}.`)
  for (const option of config.securityOpt) lines.push(`--security-opt ${option}: cambia le protezioni del kernel per il container.`)
  for (const port of config.publishedPorts) {
    const host = `${port.hostIp === '' ? '' : `${port.hostIp}:`}${port.hostPort === 0 ? '' : port.hostPort}`
    lines.push(`-p ${host === '' ? '' : `${host}:`}${port.containerPort}/${port.protocol}: pubblica la porta ${port.containerPort} del container sull'host.`)
  }
  for (const device of config.devices) lines.push(`--device ${device}: espone il device ${device} dell'host.`)

  return lines
}

function restartText(config: RunSecurityConfig): string {
  const { name, maximumRetryCount } = config.restartPolicy
  return name === 'on-failure' && maximumRetryCount > 0 ? `${name}:${maximumRetryCount}` : name
}

function restartMeaning(config: RunSecurityConfig): string {
  switch (config.restartPolicy.name) {
    case 'on-failure':
      return 'Docker riavvia il container solo quando esce con un codice diverso da 0.'
    case 'always':
      return 'Docker riavvia il container ogni volta che si ferma, anche dopo un riavvio del daemon.'
    default:
      return 'Docker riavvia il container quando si ferma, tranne se lo hai fermato tu.'
  }
}

function describeFinding(finding: AuditFinding): string {
  const label = finding.status === 'warn' ? 'ATTENZIONE' : 'INFO'
  const fix = finding.fix === undefined ? '' : ` Correzione: ${finding.fix}`
  return `[${label}] ${finding.id} ${finding.title}: ${finding.explanation}${fix}`
}

/** Builds the Italian plain-text report for one `docker run`: options, problems and passed checks. */
export function explainRun(config: RunSecurityConfig): string {
  const result = auditRun(config)
  const problems = result.findings.filter((finding) => finding.status !== 'pass')
  const passed = result.findings.filter((finding) => finding.status === 'pass')
  const options = describeOptions(config)

  const sections = [
    `Punteggio di sicurezza: ${result.score}/100 (controlli CIS Docker Benchmark superati sul totale).`,
    ['Opzioni di sicurezza usate:', ...(options.length === 0 ? ['nessuna: il container usa solo i valori predefiniti.'] : options)].join('\n'),
    ['Problemi trovati:', ...(problems.length === 0 ? ['nessuno.'] : problems.map(describeFinding))].join('\n'),
    `Controlli superati: ${passed.map((finding) => finding.id).join(', ') || 'nessuno'}.`,
  ]

  return `${sections.join('\n\n')}\n`
}
