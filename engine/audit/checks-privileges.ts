// Checks on privileges: user, capabilities, privileged mode, LSM profiles, no-new-privileges.

import { capabilityName, hasSecurityOpt, passWhen, type AuditCheck } from './check'
import type { RunSecurityConfig } from './types'

// Docker's default capability set; adding any other one widens what root in the container can do.
const DEFAULT_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'NET_RAW',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
])

function effectiveUser(config: RunSecurityConfig): string {
  return config.user !== '' ? config.user : config.imageUser
}

// docker-bench compares the whole string with `0`, `root` and empty, so it misses `0:0` and
// `root:root`. This check treats a root user with any group as root.
function isRoot(user: string): boolean {
  const name = user.split(':')[0] ?? ''
  return name === '' || name === 'root' || name === '0'
}

export const userCheck: AuditCheck = {
  id: '4.1',
  title: 'Ensure that a user for the container has been created (Automated)',
  explanation:
    'Senza --user il processo gira con l\'utente predefinito dell\'immagine, che spesso è root. Root nel container è lo stesso UID 0 dell\'host: se il processo viene compromesso e riesce a uscire dal container, l\'attaccante è root sull\'host.',
  fix: 'Avvia il container con --user <uid>:<gid> (per esempio --user 1000:1000) oppure usa un\'immagine che imposta USER con un utente non root.',
  evaluate: (config) => {
    const user = effectiveUser(config)
    return passWhen(!isRoot(user), `Qui il processo gira come ${user === '' ? 'root (nessun utente impostato)' : user}.`)
  },
}

export const appArmorCheck: AuditCheck = {
  id: '5.2',
  title: 'Ensure that, if applicable, an AppArmor Profile is enabled (Automated)',
  explanation:
    'Docker applica a ogni container il profilo AppArmor docker-default, che limita l\'accesso a file sensibili come /proc/sys. Con --security-opt apparmor=unconfined, o con --privileged, il profilo non viene applicato.',
  fix: 'Togli --security-opt apparmor=unconfined e --privileged, oppure indica un profilo con --security-opt apparmor=<profilo>.',
  evaluate: (config) =>
    passWhen(!config.privileged && !hasSecurityOpt(config, 'apparmor', 'unconfined'), 'Qui il container gira senza profilo AppArmor.'),
}

export const capabilitiesCheck: AuditCheck = {
  id: '5.4',
  title: 'Ensure that Linux kernel capabilities are restricted within containers (Automated)',
  explanation:
    'Le capability dividono i poteri di root in parti separate. Docker ne concede di default solo un gruppo ristretto. Capability come SYS_ADMIN o NET_ADMIN permettono di montare filesystem o riconfigurare la rete e aprono strade per uscire dal container.',
  fix: 'Parti da --cap-drop=ALL e aggiungi con --cap-add solo le capability che servono davvero (per esempio --cap-add=NET_BIND_SERVICE).',
  evaluate: (config) => {
    const added = config.capAdd.map(capabilityName).filter((name) => !DEFAULT_CAPABILITIES.has(name))
    return passWhen(added.length === 0, `Capability aggiunte oltre quelle di default: ${added.join(', ')}.`)
  },
}

export const privilegedCheck: AuditCheck = {
  id: '5.5',
  title: 'Ensure that privileged containers are not used (Automated)',
  explanation:
    '--privileged dà al container tutte le capability, l\'accesso a tutti i device dell\'host e disattiva seccomp e AppArmor. Un processo compromesso in un container privilegiato può prendere il controllo dell\'host.',
  fix: 'Togli --privileged. Se serve un permesso preciso, concedi solo quello con --cap-add o --device.',
  evaluate: (config) => passWhen(!config.privileged, 'Il container è avviato con --privileged.'),
}

export const seccompCheck: AuditCheck = {
  id: '5.22',
  title: 'Ensure the default seccomp profile is not Disabled (Automated)',
  explanation:
    'Il profilo seccomp di default blocca circa 44 delle oltre 300 system call di Linux (dato della documentazione Docker), tra cui mount, reboot e kexec_load. Con seccomp=unconfined il processo può chiamarle tutte.',
  fix: 'Togli --security-opt seccomp=unconfined; se serve una system call in più, usa un profilo personalizzato con --security-opt seccomp=<file.json>.',
  // NOTE: --privileged also runs the container without seccomp, but docker-bench 5.22 reads only
  // --security-opt, so this check passes for a privileged container and 5.5 reports it instead.
  evaluate: (config) => passWhen(!hasSecurityOpt(config, 'seccomp', 'unconfined'), 'Il profilo seccomp è disattivato.'),
}

export const noNewPrivilegesCheck: AuditCheck = {
  id: '5.26',
  title: 'Ensure that the container is restricted from acquiring additional privileges (Automated)',
  explanation:
    'Con no-new-privileges un processo non può ottenere più privilegi di quelli con cui è partito, per esempio eseguendo un binario setuid come su o sudo.',
  fix: 'Aggiungi --security-opt no-new-privileges (oppure avvia il daemon con --no-new-privileges).',
  evaluate: (config) =>
    passWhen(
      config.daemonNoNewPrivileges === true ||
        config.securityOpt.some((option) => /^no-new-privileges([=:]true)?$/.test(option)),
      'Qui no-new-privileges non è impostato.',
    ),
}

export const usernsCheck: AuditCheck = {
  id: '5.31',
  title: "Ensure that the host's user namespaces are not shared (Automated)",
  explanation:
    'Con il remapping degli user namespace (userns-remap) root nel container corrisponde a un utente senza privilegi sull\'host. --userns=host disattiva questa protezione per il container.',
  fix: 'Togli --userns=host.',
  evaluate: (config) => passWhen(!config.usernsMode.includes('host'), 'Il container usa lo user namespace dell\'host.'),
}

export const PRIVILEGE_CHECKS: AuditCheck[] = [
  userCheck,
  appArmorCheck,
  capabilitiesCheck,
  privilegedCheck,
  seccompCheck,
  noNewPrivilegesCheck,
  usernsCheck,
]
