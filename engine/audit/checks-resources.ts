// Checks on resource limits, the root filesystem, restarts and health.

import { passWhen, type AuditCheck } from './check'

export const memoryCheck: AuditCheck = {
  id: '5.11',
  title: 'Ensure that the memory usage for containers is limited (Automated)',
  explanation:
    'Senza limite un container può usare tutta la memoria dell\'host: un bug o un attacco che consuma memoria rallenta o fa terminare anche gli altri container e i servizi dell\'host.',
  fix: 'Imposta un limite con --memory, per esempio --memory 256m.',
  evaluate: (config) => passWhen(config.memory > 0, 'Il container non ha limiti di memoria.'),
}

export const cpuCheck: AuditCheck = {
  id: '5.12',
  title: 'Ensure that CPU priority is set appropriately on containers (Automated)',
  explanation:
    'Senza --cpus né --cpu-shares il container compete alla pari con tutti gli altri per la CPU e può occuparla tutta.',
  fix: 'Limita la CPU con --cpus, per esempio --cpus 0.5, oppure assegna un peso relativo con --cpu-shares.',
  evaluate: (config) =>
    passWhen(config.nanoCpus > 0 || config.cpuShares > 0, 'Il container non ha limiti di CPU.'),
}

export const readOnlyRootCheck: AuditCheck = {
  id: '5.13',
  title: "Ensure that the container's root filesystem is mounted as read only (Automated)",
  explanation:
    'Con --read-only il filesystem del container è in sola lettura: un attaccante non può modificare programmi o installare strumenti. Le directory che devono essere scrivibili si montano con --tmpfs o con un volume.',
  fix: 'Aggiungi --read-only e monta come scrivibili solo le directory necessarie, per esempio --tmpfs /tmp.',
  evaluate: (config) => passWhen(config.readOnlyRootfs, 'Il filesystem root del container è scrivibile.'),
}

export const restartPolicyCheck: AuditCheck = {
  id: '5.15',
  title: "Ensure that the 'on-failure' container restart policy is set to '5' (Automated)",
  explanation:
    'La policy on-failure:N riavvia il container solo quando esce con errore, e al massimo N volte: un container che fallisce sempre non resta in un ciclo infinito di riavvii. docker-bench controlla solo il numero massimo di tentativi, quindi anche no, always e unless-stopped superano il controllo, ma il corso consiglia on-failure.',
  fix: 'Usa --restart on-failure:5 (o un numero di tentativi minore).',
  evaluate: (config) =>
    passWhen(
      config.restartPolicy.maximumRetryCount <= 5,
      `Tentativi massimi di riavvio: ${config.restartPolicy.maximumRetryCount}.`,
    ),
}

export const healthcheckCheck: AuditCheck = {
  id: '5.27',
  title: 'Ensure that container health is checked at runtime (Automated)',
  explanation:
    'Un health check è un comando che Docker esegue a intervalli regolari: dal suo codice di uscita il container diventa healthy o unhealthy. Senza health check Docker sa solo se il processo è vivo, non se il servizio risponde.',
  fix: 'Aggiungi un health check con --health-cmd (per esempio --health-cmd \'curl --fail http://localhost:80 || exit 1\') oppure usa un\'immagine con HEALTHCHECK, e non usare --no-healthcheck.',
  evaluate: (config) => {
    if (config.healthcheck === 'flags') return { status: 'pass', detail: 'L\'health check è definito con --health-cmd.' }
    if (config.healthcheck === 'image') return { status: 'pass', detail: 'L\'health check viene dall\'istruzione HEALTHCHECK dell\'immagine.' }
    return { status: 'warn', detail: 'Il container non ha un health check.' }
  },
}

export const pidsLimitCheck: AuditCheck = {
  id: '5.29',
  title: 'Ensure that the PIDs cgroup limit is used (Automated)',
  explanation:
    'Senza --pids-limit un processo nel container può creare processi senza fine (una fork bomb) fino a esaurire la tabella dei processi dell\'host.',
  fix: 'Imposta un limite con --pids-limit, per esempio --pids-limit 100.',
  evaluate: (config) => {
    const limit = config.pidsLimit
    return passWhen(limit !== undefined && limit > 0, 'Il numero di processi non è limitato.')
  },
}

export const RESOURCE_CHECKS: AuditCheck[] = [
  memoryCheck,
  cpuCheck,
  readOnlyRootCheck,
  restartPolicyCheck,
  healthcheckCheck,
  pidsLimitCheck,
]
