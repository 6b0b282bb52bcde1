// Checks on what the container shares with the host: namespaces, mounts, devices and ports.

import { passWhen, type AuditCheck } from './check'
import type { PublishedPort, RunSecurityConfig } from './types'

// Host directories docker-bench 5.6 reports when bind-mounted read-write.
const SENSITIVE_DIRECTORIES = ['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr']

function normalizePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

function sensitiveMounts(config: RunSecurityConfig): string[] {
  return config.mounts
    .filter((mount) => mount.type === 'bind' && !mount.readOnly)
    .map((mount) => normalizePath(mount.source))
    .filter((source) => SENSITIVE_DIRECTORIES.includes(source))
}

export const sensitiveDirectoriesCheck: AuditCheck = {
  id: '5.6',
  title: 'Ensure sensitive host system directories are not mounted on containers (Automated)',
  explanation:
    'Un bind mount in scrittura di directory di sistema dell\'host come /etc, /usr o /boot permette al container di modificare la configurazione e i programmi dell\'host.',
  fix: 'Non montare directory di sistema dell\'host; se il container deve solo leggerle, aggiungi :ro al volume (-v /etc/timezone:/etc/timezone:ro).',
  evaluate: (config) => {
    const mounted = sensitiveMounts(config)
    return passWhen(mounted.length === 0, `Directory dell\'host montate in scrittura: ${mounted.join(', ')}.`)
  },
}

function hostPortsBelow(config: RunSecurityConfig, limit: number): PublishedPort[] {
  return config.publishedPorts.filter((port) => port.hostPort !== 0 && port.hostPort < limit)
}

function describePorts(ports: readonly PublishedPort[]): string {
  return ports.map((port) => `${port.hostPort || 'effimera'}->${port.containerPort}/${port.protocol}`).join(', ')
}

export const privilegedPortsCheck: AuditCheck = {
  id: '5.8',
  title: 'Ensure privileged ports are not mapped within containers (Automated)',
  explanation:
    'Le porte sotto la 1024 sono porte privilegiate: di solito solo root può aprirle, e gli utenti si aspettano lì servizi di sistema. Pubblicare un container su una di queste porte dell\'host va fatto solo quando serve davvero.',
  fix: 'Pubblica il servizio su una porta alta dell\'host, per esempio -p 8080:80 invece di -p 80:80.',
  // docker-bench reports host ports below 1025, so port 1024 is reported too.
  evaluate: (config) => {
    const ports = hostPortsBelow(config, 1025)
    return passWhen(ports.length === 0, `Porte privilegiate pubblicate: ${describePorts(ports)}.`)
  },
}

export const openPortsCheck: AuditCheck = {
  id: '5.9',
  title: 'Ensure that only needed ports are open on the container (Manual)',
  explanation:
    'Ogni porta pubblicata con -p o -P è un punto di accesso al container dall\'esterno. docker-bench segnala ogni porta pubblicata perché qualcuno verifichi che serva davvero.',
  fix: 'Pubblica solo le porte che i client usano davvero; evita -P, che pubblica tutte le porte dichiarate con EXPOSE.',
  evaluate: (config) =>
    passWhen(config.publishedPorts.length === 0, `Porte pubblicate da verificare: ${describePorts(config.publishedPorts)}.`),
}

export const hostNetworkCheck: AuditCheck = {
  id: '5.10',
  title: "Ensure that the host's network namespace is not shared (Automated)",
  explanation:
    'Con --network host il container usa direttamente le interfacce di rete dell\'host: può mettersi in ascolto su qualsiasi porta dell\'host e vedere il traffico dei suoi servizi locali, senza l\'isolamento del bridge.',
  fix: 'Togli --network host (o --net=host) e pubblica solo le porte necessarie con -p.',
  evaluate: (config) => passWhen(config.networkMode !== 'host', 'Il container usa la rete dell\'host.'),
}

export const wildcardBindCheck: AuditCheck = {
  id: '5.14',
  title: 'Ensure that incoming container traffic is bound to a specific host interface (Automated)',
  explanation:
    'Senza indirizzo IP, -p 8080:80 ascolta su tutte le interfacce dell\'host (0.0.0.0), quindi il servizio è raggiungibile anche dalla rete esterna.',
  fix: 'Indica l\'interfaccia nella pubblicazione, per esempio -p 127.0.0.1:8080:80 per un servizio raggiungibile solo dall\'host.',
  evaluate: (config) => {
    const wildcard = config.publishedPorts.filter((port) => port.hostIp === '' || port.hostIp === '0.0.0.0')
    return passWhen(wildcard.length === 0, `Porte in ascolto su 0.0.0.0: ${describePorts(wildcard)}.`)
  },
}

function namespaceCheck(id: string, title: string, key: 'pidMode' | 'ipcMode' | 'utsMode', flag: string, explanation: string): AuditCheck {
  return {
    id,
    title,
    explanation,
    fix: `Togli ${flag}=host.`,
    evaluate: (config) => passWhen(config[key] !== 'host', `Il container è avviato con ${flag}=host.`),
  }
}

export const hostPidCheck = namespaceCheck(
  '5.16',
  "Ensure that the host's process namespace is not shared (Automated)",
  'pidMode',
  '--pid',
  'Con --pid=host il container vede tutti i processi dell\'host e, se gira come root, può inviare loro segnali o leggerne la memoria.',
)

export const hostIpcCheck = namespaceCheck(
  '5.17',
  "Ensure that the host's IPC namespace is not shared (Automated)",
  'ipcMode',
  '--ipc',
  'Con --ipc=host il container condivide con l\'host la memoria condivisa e le code di messaggi IPC, quindi può leggere o alterare i dati di altri processi.',
)

export const hostUtsCheck = namespaceCheck(
  '5.21',
  "Ensure that the host's UTS namespace is not shared (Automated)",
  'utsMode',
  '--uts',
  'Con --uts=host il container condivide hostname e nome di dominio dell\'host e può cambiarli per tutto il sistema.',
)

export const devicesCheck: AuditCheck = {
  id: '5.18',
  title: 'Ensure that host devices are not directly exposed to containers (Manual)',
  explanation:
    '--device dà al container accesso diretto a un device dell\'host (disco, GPU, USB). Con un disco, per esempio, il container può leggere e scrivere dati dell\'host aggirando i permessi dei file.',
  fix: 'Esponi solo i device indispensabili, in sola lettura quando basta: --device /dev/xyz:/dev/xyz:r.',
  // docker-bench reports this manual check as INFO, so it never lowers the score.
  evaluate: (config) =>
    config.devices.length === 0
      ? { status: 'pass' }
      : { status: 'info', detail: `Device esposti: ${config.devices.join(', ')}.` },
}

export const dockerSocketCheck: AuditCheck = {
  id: '5.32',
  title: 'Ensure that the Docker socket is not mounted inside any containers (Automated)',
  explanation:
    'Chi può scrivere sul socket Docker può chiedere al daemon di avviare un container privilegiato con il filesystem dell\'host montato: in pratica è root sull\'host. Montarlo in sola lettura non aiuta, perché :ro non impedisce di inviare richieste al socket.',
  fix: 'Non montare /var/run/docker.sock; se un servizio deve parlare con Docker, usa un proxy del socket che permette solo le API necessarie, oppure Docker rootless.',
  evaluate: (config) =>
    passWhen(
      !config.mounts.some((mount) => mount.source.includes('docker.sock') || mount.target.includes('docker.sock')),
      'Il socket Docker è montato nel container.',
    ),
}

export const HOST_CHECKS: AuditCheck[] = [
  sensitiveDirectoriesCheck,
  privilegedPortsCheck,
  openPortsCheck,
  hostNetworkCheck,
  wildcardBindCheck,
  hostPidCheck,
  hostIpcCheck,
  devicesCheck,
  hostUtsCheck,
  dockerSocketCheck,
]
