// Rule metadata: code, default severity and message text as hadolint 2.15.1
// prints them, plus the course's own CS rules, each with the Italian
// explanation and the lesson section shown to the student.

import type { LintSeverity } from './types'

export interface RuleInfo {
  code: string
  /** `ignore` rules, like hadolint's DL3057, report only when an override gives them a severity. */
  severity: LintSeverity | 'ignore'
  message: string
  explanation: string
  lessonHref?: string
}

const IMAGES = '/lezioni/sicurezza-immagini/'
const PRACTICES = '/lezioni/best-practice-immagini/'

const LESSON = {
  attackSurface: `${IMAGES}#ridurre-la-superficie-dattacco`,
  packages: `${IMAGES}#non-installare-pacchetti-non-necessari`,
  leastPrivilege: `${IMAGES}#eseguire-con-lutente-con-meno-privilegi`,
  rootOwned: `${IMAGES}#eseguibili-di-proprietà-di-root-e-non-scrivibili`,
  versions: `${PRACTICES}#usare-versioni-specifiche-delle-immagini`,
  healthcheck: `${PRACTICES}#aggiungere-listruzione-healthcheck`,
  layerCache: `${PRACTICES}#ottimizzare-la-cache-dei-layer`,
  cacheOrder: `${PRACTICES}#ordinare-i-comandi-per-sfruttare-la-cache`,
  aptSameRun: `${PRACTICES}#aggiornare-e-installare-i-pacchetti-nello-stesso-run`,
  secrets: `${PRACTICES}#evitare-di-memorizzare-segreti-nelle-immagini`,
  copyOverAdd: `${PRACTICES}#preferire-copy-ad-add`,
  fixedUid: `${PRACTICES}#non-vincolare-limmagine-a-un-uid-specifico`,
  staticTags: `${PRACTICES}#usare-tag-statici-in-produzione`,
} as const

const RULES: RuleInfo[] = [
  {
    code: 'DL3001',
    severity: 'info',
    message:
      'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
    explanation:
      'Comandi interattivi o di amministrazione (ssh, vim, service, ps, top…) non servono durante la build: un container esegue un solo processo e si gestisce dall\'esterno con docker exec, docker stop e docker logs. Installarli allarga solo la superficie d\'attacco.',
    lessonHref: LESSON.attackSurface,
  },
  {
    code: 'DL3002',
    severity: 'warning',
    message: 'Last USER should not be root',
    explanation:
      'L\'ultima istruzione USER dello stage è root, quindi il processo del container gira come root. Se un attaccante ne prende il controllo parte già con i massimi privilegi. Crea un utente dedicato e chiudi lo stage con USER <utente>.',
    lessonHref: LESSON.leastPrivilege,
  },
  {
    code: 'DL3003',
    severity: 'warning',
    message: 'Use WORKDIR to switch to a directory',
    explanation:
      'Un cd dentro RUN vale solo per quel RUN e rende il Dockerfile più difficile da leggere. WORKDIR imposta la directory per tutte le istruzioni successive e per il container.',
  },
  {
    code: 'DL3004',
    severity: 'error',
    message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
    explanation:
      'Durante la build i comandi RUN girano già come l\'utente impostato da USER. sudo aggiunge un binario setuid all\'immagine e si comporta in modo diverso senza TTY. Esegui i passaggi da root prima di USER, oppure usa gosu in un entrypoint.',
    lessonHref: LESSON.leastPrivilege,
  },
  {
    code: 'DL3006',
    severity: 'warning',
    message: 'Always tag the version of an image explicitly',
    explanation:
      'Senza tag Docker usa latest: ogni build può partire da un\'immagine base diversa. Indica una versione precisa, per esempio python:3.9-slim.',
    lessonHref: LESSON.versions,
  },
  {
    code: 'DL3007',
    severity: 'warning',
    message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
    explanation:
      'Il tag latest si sposta a ogni nuova release dell\'immagine base, quindi la stessa build può dare risultati diversi da un giorno all\'altro. Usa un tag di versione.',
    lessonHref: LESSON.versions,
  },
  {
    code: 'DL3008',
    severity: 'warning',
    message:
      'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
    explanation:
      'Senza versione apt-get installa quella disponibile al momento della build, quindi due build dello stesso Dockerfile possono contenere pacchetti diversi. Scrivi pacchetto=versione.',
    lessonHref: LESSON.aptSameRun,
  },
  {
    code: 'DL3009',
    severity: 'info',
    message: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
    explanation:
      'apt-get update scarica gli indici dei pacchetti in /var/lib/apt/lists. Se non li cancelli nello stesso RUN con rm -rf /var/lib/apt/lists/* restano nel layer e ingrandiscono l\'immagine finale.',
    lessonHref: LESSON.aptSameRun,
  },
  {
    code: 'DL3012',
    severity: 'error',
    message: 'Multiple `HEALTHCHECK` instructions',
    explanation:
      'Uno stage può avere un solo HEALTHCHECK: Docker usa l\'ultimo e ignora gli altri. Tieni una sola istruzione.',
    lessonHref: LESSON.healthcheck,
  },
  {
    code: 'DL3013',
    severity: 'warning',
    message:
      'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`',
    explanation:
      'Senza versione pip installa l\'ultima release disponibile. Fissa la versione (pacchetto==1.2.3) oppure installa da un requirements.txt con le versioni bloccate.',
    lessonHref: LESSON.cacheOrder,
  },
  {
    code: 'DL3014',
    severity: 'warning',
    message: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
    explanation:
      'Durante la build nessuno può rispondere alla domanda di conferma di apt-get, quindi l\'installazione si interrompe. Aggiungi -y.',
    lessonHref: LESSON.aptSameRun,
  },
  {
    code: 'DL3015',
    severity: 'info',
    message: 'Avoid additional packages by specifying `--no-install-recommends`',
    explanation:
      'Di default apt-get installa anche i pacchetti «consigliati», che spesso non servono. Con --no-install-recommends l\'immagine resta più piccola e con meno componenti da mantenere.',
    lessonHref: LESSON.packages,
  },
  {
    code: 'DL3018',
    severity: 'warning',
    message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
    explanation:
      'Senza versione apk installa quella disponibile al momento della build, quindi due build dello stesso Dockerfile possono contenere pacchetti diversi. Scrivi pacchetto=versione.',
    lessonHref: LESSON.aptSameRun,
  },
  {
    code: 'DL3019',
    severity: 'info',
    message:
      'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
    explanation:
      'Con --no-cache apk scarica l\'indice dei pacchetti senza salvarlo in /var/cache/apk, quindi il layer non contiene file inutili a runtime e non serve ripulire a mano.',
    lessonHref: LESSON.packages,
  },
  {
    code: 'DL3020',
    severity: 'error',
    message: 'Use COPY instead of ADD for files and folders',
    explanation:
      'Per file e cartelle locali ADD fa la stessa cosa di COPY, ma decomprime in automatico gli archivi e accetta URL: è meno prevedibile. Usa COPY.',
    lessonHref: LESSON.copyOverAdd,
  },
  {
    code: 'DL3025',
    severity: 'warning',
    message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    explanation:
      'Nella forma shell Docker avvia il comando tramite /bin/sh -c, quindi il processo principale è la shell e non riceve i segnali come SIGTERM da docker stop. Scrivi il comando come array JSON, per esempio ["nginx", "-g", "daemon off;"].',
  },
  {
    code: 'DL3027',
    severity: 'warning',
    message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
    explanation:
      'apt è pensato per l\'uso interattivo e il suo output può cambiare tra una versione e l\'altra. Negli script e nei Dockerfile usa apt-get, che ha un comportamento stabile.',
    lessonHref: LESSON.aptSameRun,
  },
  {
    code: 'DL3042',
    severity: 'warning',
    message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
    explanation:
      'pip conserva i pacchetti scaricati in ~/.cache/pip, che finisce nel layer senza servire a nulla a runtime. Aggiungi --no-cache-dir.',
    lessonHref: LESSON.layerCache,
  },
  {
    code: 'DL3057',
    severity: 'ignore',
    message: '`HEALTHCHECK` instruction missing.',
    explanation:
      'Questo stage non ha un HEALTHCHECK e non lo eredita da uno stage precedente: Docker sa solo se il processo è vivo, non se il servizio risponde. La regola è disattivata di default in hadolint e va attivata, per esempio con --warning DL3057.',
    lessonHref: LESSON.healthcheck,
  },
  {
    code: 'DL3059',
    severity: 'info',
    message: 'Multiple consecutive `RUN` instructions. Consider consolidation.',
    explanation:
      'Ogni RUN crea un layer. Comandi brevi e collegati in RUN consecutivi si possono unire con && in un solo RUN, così l\'immagine ha meno layer e i file temporanei si cancellano nello stesso passo che li crea.',
    lessonHref: LESSON.layerCache,
  },
  {
    code: 'DL3061',
    severity: 'error',
    message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
    explanation:
      'Un Dockerfile deve iniziare con FROM (eventualmente preceduto da ARG e commenti). Gli esempi delle slide sono spesso frammenti: in un file vero aggiungi la riga FROM.',
  },
  {
    code: 'DL4000',
    severity: 'error',
    message: 'MAINTAINER is deprecated',
    explanation: 'MAINTAINER è deprecata. Indica l\'autore con una label, per esempio LABEL org.opencontainers.image.authors="…".',
  },
  {
    code: 'CS001',
    severity: 'warning',
    message: 'No USER instruction: the container runs as root. Add a non-root USER to the final stage',
    explanation:
      'Lo stage finale non ha nessuna istruzione USER (nemmeno ereditata da uno stage precedente), quindi il container gira come root, a meno che l\'immagine base non imposti un altro utente. Crea un utente dedicato (useradd) e aggiungi USER <utente>. hadolint non lo segnala: DL3002 controlla solo l\'ultimo USER presente.',
    lessonHref: LESSON.leastPrivilege,
  },
  {
    code: 'CS002',
    severity: 'warning',
    message: 'Do not store secrets in ENV or ARG. Pass them at runtime or use a build secret mount',
    explanation:
      'Il valore di ENV resta nella configurazione dell\'immagine e quello di ARG nella sua cronologia: chiunque abbia l\'immagine li legge con docker inspect o docker history. Passa i segreti a runtime, con RUN --mount=type=secret durante la build, oppure con la convenzione *_FILE che punta a un file montato.',
    lessonHref: LESSON.secrets,
  },
  {
    code: 'CS003',
    severity: 'warning',
    message: 'Do not expose the SSH port 22. Use `docker exec` to get a shell in the container',
    explanation:
      'Un server SSH nel container è un servizio in più da aggiornare e una porta in più aperta verso l\'esterno. Per entrare in un container usa docker exec.',
    lessonHref: LESSON.attackSurface,
  },
  {
    code: 'CS004',
    severity: 'warning',
    message: 'Executables should be owned by root and not writable by the user that runs them. Use `chmod 555`',
    explanation:
      'Se l\'utente che esegue il container è proprietario dei file dell\'applicazione, o questi sono scrivibili da tutti, un attaccante che prende il controllo del processo può modificare binari e script. Lascia i file a root e togli i permessi di scrittura, per esempio con chmod 555.',
    lessonHref: LESSON.rootOwned,
  },
  {
    code: 'CS005',
    severity: 'info',
    message: 'Avoid depending on a fixed UID. Platforms like OpenShift run containers with a random UID',
    explanation:
      'OpenShift avvia i container con un UID casuale (nel gruppo 0). Un\'immagine che funziona solo con un UID preciso, per esempio 1000, si rompe lì e costringe ad adattare i permessi dei bind mount. Dai i permessi al gruppo 0 (chgrp -R 0 … && chmod -R g=u …) invece di contare su un UID.',
    lessonHref: LESSON.fixedUid,
  },
  {
    code: 'CS006',
    severity: 'warning',
    message: 'ADD downloads a remote file without a checksum. Use `ADD --checksum=sha256:<hash>` or download and verify it in RUN',
    explanation:
      'ADD con un URL scarica il file a ogni build senza verificarne il contenuto: se il server o la rete vengono compromessi, nell\'immagine finisce un file diverso. Verifica il file con --checksum oppure scaricalo con curl e controlla l\'hash.',
    lessonHref: LESSON.copyOverAdd,
  },
  {
    code: 'CS007',
    severity: 'info',
    message: 'No `HEALTHCHECK` in the final stage. Add one so that Docker can report the container health',
    explanation:
      'Senza HEALTHCHECK Docker sa solo se il processo è in esecuzione, non se il servizio funziona. Aggiungi per esempio HEALTHCHECK CMD curl -f http://localhost/ || exit 1. L\'immagine base potrebbe già averne uno: controllalo con docker inspect.',
    lessonHref: LESSON.healthcheck,
  },
  {
    code: 'CS008',
    severity: 'info',
    message: 'Pin the base image by digest for production builds: `FROM <image>:<tag>@sha256:<digest>`',
    explanation:
      'Un tag come 3.9-slim può essere ripubblicato con contenuto diverso. Il digest identifica esattamente un\'immagine: in produzione scrivi immagine:tag@sha256:… e aggiornalo quando ricostruisci.',
    lessonHref: LESSON.staticTags,
  },
  {
    code: 'CS009',
    severity: 'info',
    message: 'Copy the dependency manifest and install dependencies before copying the rest of the sources',
    explanation:
      'Ogni modifica ai file copiati invalida la cache di quel layer e di tutti i successivi. Se copi il codice prima di installare le dipendenze, ogni modifica al codice reinstalla tutto. Copia prima il file delle dipendenze (requirements.txt, package.json…), esegui l\'installazione, poi copia il resto.',
    lessonHref: LESSON.cacheOrder,
  },
]

const RULES_BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]))

export function ruleInfo(code: string): RuleInfo {
  const rule = RULES_BY_CODE.get(code)
  if (rule === undefined) throw new Error(`unknown lint rule code: ${code}`)
  return rule
}

export function allRules(): readonly RuleInfo[] {
  return RULES
}
