import { describe, expect, it } from 'vitest'

import { explainRun } from './explain'
import { defaultRun, hardenedRun } from './test-fixtures'

const READ_ONLY_ALPINE = defaultRun({
  readOnlyRootfs: true,
  mounts: [{ type: 'tmpfs', source: '', target: '/tmp', readOnly: false }],
})

describe('explainRun', () => {
  it('explains the read-only alpine command of the slides', () => {
    expect(explainRun(READ_ONLY_ALPINE)).toMatchInlineSnapshot(`
      "Punteggio di sicurezza: 74/100 (controlli CIS Docker Benchmark superati sul totale).

      Opzioni di sicurezza usate:
      --read-only: il filesystem root del container è in sola lettura.
      --tmpfs /tmp: /tmp è una directory scrivibile in memoria, che sparisce quando il container si ferma.

      Problemi trovati:
      [ATTENZIONE] 4.1 Ensure that a user for the container has been created (Automated): Senza --user il processo gira con l'utente predefinito dell'immagine, che spesso è root. Root nel container è lo stesso UID 0 dell'host: se il processo viene compromesso e riesce a uscire dal container, l'attaccante è root sull'host. Qui il processo gira come root (nessun utente impostato). Correzione: Avvia il container con --user <uid>:<gid> (per esempio --user 1000:1000) oppure usa un'immagine che imposta USER con un utente non root.
      [ATTENZIONE] 5.11 Ensure that the memory usage for containers is limited (Automated): Senza limite un container può usare tutta la memoria dell'host: un bug o un attacco che consuma memoria rallenta o fa terminare anche gli altri container e i servizi dell'host. Il container non ha limiti di memoria. Correzione: Imposta un limite con --memory, per esempio --memory 256m.
      [ATTENZIONE] 5.12 Ensure that CPU priority is set appropriately on containers (Automated): Senza --cpus né --cpu-shares il container compete alla pari con tutti gli altri per la CPU e può occuparla tutta. Il container non ha limiti di CPU. Correzione: Limita la CPU con --cpus, per esempio --cpus 0.5, oppure assegna un peso relativo con --cpu-shares.
      [ATTENZIONE] 5.26 Ensure that the container is restricted from acquiring additional privileges (Automated): Con no-new-privileges un processo non può ottenere più privilegi di quelli con cui è partito, per esempio eseguendo un binario setuid come su o sudo. Qui no-new-privileges non è impostato. Correzione: Aggiungi --security-opt no-new-privileges (oppure avvia il daemon con --no-new-privileges).
      [ATTENZIONE] 5.27 Ensure that container health is checked at runtime (Automated): Un health check è un comando che Docker esegue a intervalli regolari: dal suo codice di uscita il container diventa healthy o unhealthy. Senza health check Docker sa solo se il processo è vivo, non se il servizio risponde. Il container non ha un health check. Correzione: Aggiungi un health check con --health-cmd (per esempio --health-cmd 'curl --fail http://localhost:80 || exit 1') oppure usa un'immagine con HEALTHCHECK, e non usare --no-healthcheck.
      [ATTENZIONE] 5.29 Ensure that the PIDs cgroup limit is used (Automated): Senza --pids-limit un processo nel container può creare processi senza fine (una fork bomb) fino a esaurire la tabella dei processi dell'host. Il numero di processi non è limitato. Correzione: Imposta un limite con --pids-limit, per esempio --pids-limit 100.

      Controlli superati: 5.2, 5.4, 5.5, 5.6, 5.8, 5.9, 5.10, 5.13, 5.14, 5.15, 5.16, 5.17, 5.18, 5.21, 5.22, 5.31, 5.32.
      "
    `)
  })

  it('returns the same text for the same configuration', () => {
    expect(explainRun(READ_ONLY_ALPINE)).toBe(explainRun(structuredClone(READ_ONLY_ALPINE)))
  })

  it('reports no problems for the hardened run', () => {
    const text = explainRun(hardenedRun())
    expect(text).toContain('Punteggio di sicurezza: 100/100')
    expect(text).toContain('Problemi trovati:\nnessuno.')
  })

  it('says when no security option is used', () => {
    expect(explainRun(defaultRun())).toContain('Opzioni di sicurezza usate:\nnessuna: il container usa solo i valori predefiniti.')
  })

  it('describes each risky flag on its own line', () => {
    const lines = explainRun(
      defaultRun({
        privileged: true,
        capAdd: ['NET_ADMIN'],
        memory: 512 * 1024 * 1024,
        restartPolicy: { name: 'on-failure', maximumRetryCount: 3 },
        publishedPorts: [{ hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
        mounts: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: true }],
      }),
    ).split('\n')

    expect(lines).toContain("--privileged: il container riceve tutti i privilegi dell'host.")
    expect(lines).toContain('--cap-add NET_ADMIN: aggiunge la capability NET_ADMIN.')
    expect(lines).toContain('--memory 512m: il container non può usare più di 512m di memoria.')
    expect(lines).toContain('--restart on-failure:3: Docker riavvia il container solo quando esce con un codice diverso da 0.')
    expect(lines).toContain("-p 127.0.0.1:8080:80/tcp: pubblica la porta 80 del container sull'host.")
    expect(lines).toContain(
      '-v /var/run/docker.sock:/var/run/docker.sock:ro: /var/run/docker.sock è montato in /var/run/docker.sock, in sola lettura.',
    )
    expect(lines.filter((line) => line.startsWith('[ATTENZIONE] 5.32 '))).toEqual([
      '[ATTENZIONE] 5.32 Ensure that the Docker socket is not mounted inside any containers (Automated): ' +
        "Chi può scrivere sul socket Docker può chiedere al daemon di avviare un container privilegiato con il filesystem dell'host montato: in pratica è root sull'host. " +
        'Montarlo in sola lettura non aiuta, perché :ro non impedisce di inviare richieste al socket. Il socket Docker è montato nel container. ' +
        "Correzione: Non montare /var/run/docker.sock; se un servizio deve parlare con Docker, usa un proxy del socket che permette solo le API necessarie, oppure Docker rootless.",
    ])
  })
})
