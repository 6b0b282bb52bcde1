import { containerRunning, healthcheckRuns, healthInterval, healthStatus } from '../goals'
import type { ExerciseInput } from '../schema'

export const hcNginxCurl: ExerciseInput = {
  id: 'hc-nginx-curl',
  lesson: 'health-check',
  section: 'esempio-health-check-per-nginx',
  title: 'Un health check con curl per nginx',
  instructions:
    'Avvia in background un container `web` dall\'immagine `nginx` con un health check che chiede la pagina principale con `curl` ogni 10 secondi. Poi aspetta che Docker lo dichiari `healthy`.',
  setup: [],
  goals: [
    { description: 'Il container `web` (immagine `nginx`) è in esecuzione.', check: containerRunning('web', 'nginx') },
    { description: "L'health check di `web` usa `curl`.", check: healthcheckRuns('web', 'curl') },
    { description: "L'health check parte ogni 10 secondi.", check: healthInterval('web', 10) },
    { description: 'Lo stato di salute di `web` è `healthy`.', check: healthStatus('web', 'healthy'), needsTime: true },
  ],
  hints: [
    { text: "Le opzioni `--health-cmd` e `--health-interval` di `docker run` definiscono il comando e l'intervallo del controllo." },
    { text: 'Il comando completo, poi attendi una decina di secondi:', command: "docker run -d --name web --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 10s nginx" },
  ],
  solution: ["docker run -d --name web --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 10s nginx", 'sleep 12'],
}
