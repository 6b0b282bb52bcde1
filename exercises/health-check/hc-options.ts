import { containerRunning, fail, healthcheckRuns, healthInterval, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const hcOptions: ExerciseInput = {
  id: 'hc-options',
  lesson: 'health-check',
  section: 'opzioni-di-configurazione-dellhealth-check',
  title: "Regolare intervallo, timeout e tentativi",
  instructions:
    "Avvia un container `sito` da `nginx` con un health check basato su `curl` che parte ogni 5 secondi, attende al massimo 2 secondi la risposta, dichiara il container `unhealthy` dopo 2 fallimenti di fila e ignora i fallimenti dei primi 20 secondi.",
  setup: [],
  goals: [
    { description: 'Il container `sito` (immagine `nginx`) è in esecuzione.', check: containerRunning('sito', 'nginx') },
    { description: "L'health check di `sito` usa `curl`.", check: healthcheckRuns('sito', 'curl') },
    { description: "L'intervallo è di 5 secondi.", check: healthInterval('sito', 5) },
    {
      description: 'Il timeout è di 2 secondi.',
      check: withContainer('sito', (container) => {
        const timeoutMs = container.healthcheck?.timeoutMs ?? 30_000
        return timeoutMs === 2000 ? pass : fail(`Il timeout di \`sito\` è di ${timeoutMs / 1000} s invece di 2 s.`)
      }),
    },
    {
      description: 'Servono 2 fallimenti consecutivi per lo stato `unhealthy`.',
      check: withContainer('sito', (container) => {
        const retries = container.healthcheck?.retries ?? 3
        return retries === 2 ? pass : fail(`\`sito\` diventa \`unhealthy\` dopo ${retries} fallimenti invece di 2.`)
      }),
    },
    {
      description: 'Il periodo di avvio è di 20 secondi.',
      check: withContainer('sito', (container) => {
        const startMs = container.healthcheck?.startPeriodMs ?? 0
        return startMs === 20_000 ? pass : fail(`Il periodo di avvio di \`sito\` è di ${startMs / 1000} s invece di 20 s.`)
      }),
    },
  ],
  hints: [
    { text: 'Ti servono cinque opzioni `--health-…` di `docker run`: `docker run --help` le elenca tutte.' },
    {
      text: 'Il comando completo:',
      command: "docker run -d --name sito --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 5s --health-timeout 2s --health-retries 2 --health-start-period 20s nginx",
    },
  ],
  solution: ["docker run -d --name sito --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 5s --health-timeout 2s --health-retries 2 --health-start-period 20s nginx"],
}
