import { containerRunning, healthcheckRuns, healthStatus } from '../goals'
import type { ExerciseInput } from '../schema'

export const hcExitCode: ExerciseInput = {
  id: 'hc-exit-code',
  lesson: 'health-check',
  section: 'il-codice-di-uscita-decide-lesito',
  title: "Il codice di uscita decide l'esito",
  instructions:
    "Nel laboratorio gira il container `app` (busybox) con l'health check `test -f /tmp/pronto`, ogni 5 secondi: il file non esiste, quindi `test` esce con codice 1 e il container è `unhealthy`. Fallo diventare `healthy` senza fermarlo né ricrearlo.",
  setup: ["docker run -d --name app --health-cmd 'test -f /tmp/pronto' --health-interval 5s --health-retries 1 busybox sleep 3600", 'sleep 6'],
  goals: [
    { description: 'Il container `app` è ancora in esecuzione.', check: containerRunning('app', 'busybox') },
    { description: "L'health check di `app` è ancora `test -f /tmp/pronto`.", check: healthcheckRuns('app', 'test') },
    { description: 'Lo stato di salute di `app` è `healthy`.', check: healthStatus('app', 'healthy'), needsTime: true },
  ],
  hints: [
    { text: "L'health check passa quando il suo comando esce con codice 0: crea il file che `test -f` cerca, dentro il container." },
    { text: 'Crea il file con `docker exec`, poi attendi il prossimo controllo:', command: 'docker exec app touch /tmp/pronto' },
  ],
  solution: ['docker exec app touch /tmp/pronto', 'sleep 6'],
}
