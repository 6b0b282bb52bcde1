import type { QuestionInput } from './schema'

export const healthCheckQuestions: QuestionInput[] = [
  {
    id: 'hc-running-not-healthy',
    type: 'single',
    lesson: 'health-check',
    section: 'come-aggiungere-un-health-check-al-container',
    deck: 'Come Aggiungere un Health Check al Container',
    prompt:
      "Il database usato da un'API si blocca. Il container dell'API è ancora `Up` in `docker ps`. Che cosa ti dice quello stato senza health check?",
    options: [
      {
        id: 'a',
        text: 'Solo che il processo principale del container è in esecuzione',
        correct: true,
        explanation:
          "Esatto: senza health check Docker sa soltanto se il processo gira, non se l'applicazione risponde alle richieste.",
      },
      {
        id: 'b',
        text: "Che l'API risponde alle richieste, perché il container è attivo",
        correct: false,
        explanation: "Un container in esecuzione non garantisce nulla sul servizio: l'API può essere bloccata sul database.",
      },
      {
        id: 'c',
        text: 'Che Docker ha già verificato la connessione al database',
        correct: false,
        explanation: 'Docker non conosce le dipendenze dell’applicazione: verifica solo ciò che gli chiedi con un health check.',
      },
      {
        id: 'd',
        text: 'Che il container sarà riavviato appena il database riparte',
        correct: false,
        explanation: 'Nessun riavvio avviene da solo: lo stato `Up` descrive il processo, non una politica di recupero.',
      },
    ],
  },
  {
    id: 'hc-where-configured',
    type: 'multiple',
    lesson: 'health-check',
    section: 'configurazione-degli-health-check',
    deck: 'Configurazione degli Health Check',
    prompt: 'Dove puoi configurare un health check? Scegli tutte le risposte corrette.',
    options: [
      {
        id: 'a',
        text: "Nel Dockerfile, con l'istruzione `HEALTHCHECK`",
        correct: true,
        explanation: "Corretto: l'health check diventa parte dell'immagine e vale per ogni container creato da essa.",
      },
      {
        id: 'b',
        text: 'Al lancio del container, con le opzioni `--health-*` di `docker run`',
        correct: true,
        explanation: "Corretto: le opzioni di `docker run` definiscono o sostituiscono l'health check dell'immagine.",
      },
      {
        id: 'c',
        text: 'Nel file docker-compose, con la chiave `healthcheck`',
        correct: true,
        explanation: 'Corretto: Compose passa a Docker gli stessi parametri, servizio per servizio.',
      },
      {
        id: 'd',
        text: 'Nel file `/etc/docker/daemon.json`, valido per tutti i container',
        correct: false,
        explanation: "`daemon.json` configura il daemon, non contiene un health check da applicare a ogni container.",
      },
    ],
  },
  {
    id: 'hc-exit-codes',
    type: 'single',
    lesson: 'health-check',
    section: 'il-codice-di-uscita-decide-lesito',
    deck: 'Configurazione degli Health Check',
    prompt: 'Quale codice di uscita non dovrebbe mai restituire il comando di un health check?',
    options: [
      {
        id: 'a',
        text: '`2`, perché Docker lo riserva e non va usato',
        correct: true,
        explanation: 'Esatto: la documentazione riserva il `2`; usa `0` per il successo e `1` per il fallimento.',
      },
      {
        id: 'b',
        text: '`1`, perché rende subito il container unhealthy',
        correct: false,
        explanation: "`1` è il codice giusto per un controllo fallito, e un solo fallimento non basta a cambiare lo stato.",
      },
      {
        id: 'c',
        text: '`0`, perché Docker lo confonde con un timeout',
        correct: false,
        explanation: '`0` significa controllo riuscito; un timeout è registrato da Docker con il codice `-1`.',
      },
      {
        id: 'd',
        text: '`127`, perché Docker smette di eseguire il controllo',
        correct: false,
        explanation: 'Un `127` (comando non trovato) conta come un normale fallimento e i controlli continuano.',
      },
    ],
  },
  {
    id: 'hc-one-failure',
    type: 'true-false',
    lesson: 'health-check',
    section: 'il-codice-di-uscita-decide-lesito',
    deck: 'Configurazione degli Health Check',
    prompt: 'Con i valori di default, un singolo controllo che esce con `1` rende subito il container `unhealthy`.',
    answer: false,
    explanations: {
      true: 'No: un fallimento incrementa solo il FailingStreak; servono `retries` fallimenti consecutivi, 3 per default.',
      false: 'Giusto: lo stato passa a `unhealthy` solo quando il FailingStreak raggiunge `retries`, cioè 3 per default.',
    },
  },
  {
    id: 'hc-defaults',
    type: 'single',
    lesson: 'health-check',
    section: 'opzioni-di-configurazione-dellhealth-check',
    deck: 'Opzioni di Configurazione Health Check',
    prompt: 'Quali sono i valori di default di interval, timeout e retries?',
    options: [
      {
        id: 'a',
        text: 'interval 30s, timeout 30s, retries 3',
        correct: true,
        explanation: 'Corretto: sono i default di Docker, usati quando non indichi un valore.',
      },
      {
        id: 'b',
        text: 'interval 30s, timeout 3s, retries 3',
        correct: false,
        explanation: "`3s` è il timeout dell'esempio `HEALTHCHECK` della lezione sulle immagini, non il default, che è 30s.",
      },
      {
        id: 'c',
        text: 'interval 10s, timeout 30s, retries 5',
        correct: false,
        explanation: 'Il default di interval è 30s e quello di retries è 3.',
      },
      {
        id: 'd',
        text: 'interval 60s, timeout 10s, retries 1',
        correct: false,
        explanation: 'Con retries 1 basterebbe un fallimento; i default sono interval 30s, timeout 30s, retries 3.',
      },
    ],
  },
  {
    id: 'hc-start-period',
    type: 'single',
    lesson: 'health-check',
    section: 'opzioni-di-configurazione-dellhealth-check',
    deck: 'Opzioni di Configurazione Health Check',
    prompt: 'Che cosa succede a un controllo fallito durante lo start period?',
    options: [
      {
        id: 'a',
        text: 'Viene registrato ma non conta tra i fallimenti consecutivi',
        correct: true,
        explanation: 'Esatto: il controllo gira e finisce nel log, ma il FailingStreak non aumenta.',
      },
      {
        id: 'b',
        text: 'Non avviene: nello start period Docker non esegue controlli',
        correct: false,
        explanation: 'Le slide lo descrivono come attesa, ma i controlli partono comunque; cambia solo il conteggio dei fallimenti.',
      },
      {
        id: 'c',
        text: 'Rende subito il container unhealthy, senza contare retries',
        correct: false,
        explanation: 'È il contrario: lo start period serve proprio a non penalizzare un avvio lento.',
      },
      {
        id: 'd',
        text: 'Fa ripartire il container per dargli un altro start period',
        correct: false,
        explanation: 'Docker non riavvia il container per un controllo fallito, né durante né dopo lo start period.',
      },
    ],
  },
  {
    id: 'hc-nginx-command',
    type: 'command',
    lesson: 'health-check',
    section: 'esempio-health-check-per-nginx',
    deck: 'Esempio: Health Check per Nginx',
    prompt:
      "Avvia in background un container `nginx` chiamato `web`, dall'immagine `nginx`, con l'health check `curl --fail http://localhost:80 || exit 1` eseguito ogni 10 secondi.",
    expected: "docker run --name web --detach --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s nginx",
    explanation:
      "Servono `--name web`, `-d` (o `--detach`), `--health-cmd` con il comando tra apici e `--health-interval=10s`; l'immagine viene per ultima.",
  },
  {
    id: 'hc-status-starting',
    type: 'single',
    lesson: 'health-check',
    section: 'stati-del-container-con-health-check',
    deck: 'Stati del Container con Health Check',
    prompt:
      'Hai appena avviato un container con health check. Che cosa mostra la colonna STATUS di `docker ps` prima del primo controllo?',
    options: [
      {
        id: 'a',
        text: '`Up 3 seconds (health: starting)`',
        correct: true,
        explanation: 'Esatto: fino al primo esito lo stato di salute è `starting`.',
      },
      {
        id: 'b',
        text: '`Up 3 seconds (healthy)`',
        correct: false,
        explanation: 'Il container diventa `healthy` solo dopo il primo controllo riuscito, che arriva dopo un interval.',
      },
      {
        id: 'c',
        text: '`Starting 3 seconds (health: pending)`',
        correct: false,
        explanation: 'Questo stato non esiste: il container è `Up` e la salute è `health: starting`.',
      },
      {
        id: 'd',
        text: '`Up 3 seconds (unhealthy)`',
        correct: false,
        explanation: 'Per diventare `unhealthy` servono `retries` fallimenti consecutivi, e nessun controllo è ancora avvenuto.',
      },
    ],
  },
  {
    id: 'hc-state-sequence',
    type: 'order',
    lesson: 'health-check',
    section: 'simulazione-di-un-fallimento',
    deck: 'Simulazione di un Fallimento',
    prompt:
      "Metti in ordine gli stati di salute del container nginx durante la simulazione del fallimento, dall'avvio al ripristino della pagina.",
    language: 'text',
    lines: [
      { text: 'health: starting', explanation: 'Subito dopo `docker run`, prima del primo controllo.' },
      { text: 'healthy', explanation: 'Il primo controllo riuscito, dopo un interval.' },
      {
        text: 'healthy (FailingStreak 2)',
        explanation: 'Tolto index.html, due controlli falliscono ma lo stato resta quello precedente.',
      },
      { text: 'unhealthy', explanation: 'Al terzo fallimento consecutivo il FailingStreak raggiunge retries (3).' },
      { text: 'healthy (FailingStreak 0)', explanation: 'Ripristinata la pagina, basta un controllo riuscito.' },
    ],
  },
  {
    id: 'hc-recovery',
    type: 'single',
    lesson: 'health-check',
    section: 'esercizio-ripristinare-la-pagina',
    deck: 'Esercizio',
    prompt: 'Il container è `unhealthy` e ripristini `index.html`. Quando torna `healthy`?',
    options: [
      {
        id: 'a',
        text: 'Al primo controllo riuscito, cioè entro un interval',
        correct: true,
        explanation: 'Esatto: un successo azzera il FailingStreak e porta subito lo stato a `healthy`.',
      },
      {
        id: 'b',
        text: 'Dopo tre controlli riusciti di fila, come per retries',
        correct: false,
        explanation: 'retries conta solo i fallimenti; per tornare healthy basta un successo.',
      },
      {
        id: 'c',
        text: 'Solo dopo un `docker restart` del container',
        correct: false,
        explanation: 'Non serve riavviare: i controlli continuano e il primo successo cambia lo stato.',
      },
      {
        id: 'd',
        text: 'Dopo lo start period, che ricomincia da capo',
        correct: false,
        explanation: 'Lo start period vale solo dopo l’avvio del container, non dopo un ripristino.',
      },
    ],
  },
  {
    id: 'hc-mariadb-command',
    type: 'command',
    lesson: 'health-check',
    section: 'esempio-mariadb-le-opzioni-del-comando',
    deck: 'Esempio MariaDB: Avvio Container',
    prompt:
      "Avvia in background il container `db` dall'immagine `mariadb:11.4` con l'health check `mariadb-admin ping -h localhost`, un controllo ogni 20 secondi e 3 tentativi prima di segnarlo unhealthy.",
    expected:
      "docker run --detach --name db --health-cmd='mariadb-admin ping -h localhost' --health-interval=20s --health-retries=3 mariadb:11.4",
    optionalFlags: ['--env'],
    explanation:
      'Le opzioni lunghe hanno due trattini: `--health-cmd`, `--health-interval=20s`, `--health-retries=3`. Le slide ne mostrano uno solo, ma è un refuso.',
  },
  {
    id: 'hc-double-dash',
    type: 'true-false',
    lesson: 'health-check',
    section: 'esempio-mariadb-le-opzioni-del-comando',
    deck: 'Esempio MariaDB: Spiegazione Opzioni',
    prompt: "`docker run -health-interval=20s …`, con un solo trattino, imposta l'intervallo dell'health check a 20 secondi.",
    answer: false,
    explanations: {
      true: 'No: con un solo trattino la CLI legge `-h`, `-e`, … come opzioni brevi; serve `--health-interval=20s`.',
      false: 'Giusto: le opzioni lunghe vogliono due trattini; la forma con uno solo nelle slide è un refuso.',
    },
  },
  {
    id: 'hc-mariadb-wrong-password',
    type: 'single',
    lesson: 'health-check',
    section: 'esempio-mariadb-le-opzioni-del-comando',
    deck: 'Esempio MariaDB: Spiegazione Opzioni',
    prompt:
      "L'health check `mariadb-admin -pSBAGLIATA ping -h localhost` usa una password errata. Che stato mostra il container quando il server è pronto?",
    options: [
      {
        id: 'a',
        text: '`healthy`, perché `ping` esce con 0 se il server risponde',
        correct: true,
        explanation: 'Esatto: stampa "Access denied" ma esce con 0, quindi Docker considera riuscito il controllo.',
      },
      {
        id: 'b',
        text: '`unhealthy`, perché l’autenticazione fallisce a ogni controllo',
        correct: false,
        explanation: "Sembra logico, ma conta solo il codice di uscita, e `mariadb-admin ping` esce con 0 anche con l'errore.",
      },
      {
        id: 'c',
        text: '`health: starting` per sempre, perché il controllo non finisce',
        correct: false,
        explanation: 'Il controllo termina subito con un esito; non resta sospeso.',
      },
      {
        id: 'd',
        text: '`Exited (1)`, perché Docker ferma il container',
        correct: false,
        explanation: 'Un health check non ferma mai il container, nemmeno quando fallisce.',
      },
    ],
  },
  {
    id: 'hc-no-auto-restart',
    type: 'true-false',
    lesson: 'health-check',
    section: 'vantaggi-e-buone-pratiche',
    deck: 'Riepilogo Health Check',
    prompt: 'Un container standalone avviato con `--restart always` viene riavviato da Docker quando diventa `unhealthy`.',
    answer: false,
    explanations: {
      true: 'No: la politica di restart reagisce all’uscita del processo; Docker Engine segna il container unhealthy e lo lascia girare.',
      false: 'Giusto: a sostituire i container unhealthy ci pensano Swarm o altri orchestratori, non Docker Engine da solo.',
    },
  },
  {
    id: 'hc-best-practices',
    type: 'multiple',
    lesson: 'health-check',
    section: 'vantaggi-e-buone-pratiche',
    deck: 'Riepilogo Health Check',
    prompt: 'Quali sono buone pratiche per gli health check? Scegli tutte le risposte corrette.',
    options: [
      {
        id: 'a',
        text: "Usare nell'applicazione un endpoint dedicato al controllo",
        correct: true,
        explanation: "Corretto: un endpoint come `/health` verifica ciò che conta per l'applicazione.",
      },
      {
        id: 'b',
        text: 'Calibrare interval, timeout e retries sul servizio',
        correct: true,
        explanation: 'Corretto: valori troppo stretti danno falsi allarmi, troppo larghi ritardano la scoperta dei guasti.',
      },
      {
        id: 'c',
        text: 'Provare gli health check già durante lo sviluppo',
        correct: true,
        explanation: 'Corretto: un controllo mai provato può restare sempre verde, come nel caso di MariaDB.',
      },
      {
        id: 'd',
        text: 'Far uscire il controllo con 2 quando il servizio è lento',
        correct: false,
        explanation: 'Il codice 2 è riservato: un controllo fallito deve uscire con 1.',
      },
    ],
  },
]
