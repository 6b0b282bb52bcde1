import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const hcRestore: ExerciseInput = {
  id: 'hc-restore',
  lesson: 'health-check',
  section: 'esercizio-ripristinare-la-pagina',
  title: 'Ripristinare la pagina',
  instructions:
    "Il container `nginx` è `unhealthy`: qualcuno ha rinominato `index.html` in `index.html.1`. Rimetti a posto la pagina senza riavviare il container e aspetta che torni `healthy`.",
  setup: [
    "docker run -d --name nginx --health-cmd 'curl --fail http://localhost:80 || exit 1' --health-interval 10s nginx",
    'sleep 12',
    "docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html /usr/share/nginx/html/index.html.1'",
    'sleep 35',
  ],
  goals: [
    {
      description: 'Il container `nginx` non è stato riavviato né ricreato.',
      check: withContainer('nginx', (container) => (container.restartCount === 0 ? pass : fail('Il container `nginx` è stato riavviato: ripristina la pagina senza riavviarlo.'))),
    },
    { description: 'Il container `nginx` è in esecuzione.', check: containerRunning('nginx', 'nginx') },
    {
      description: 'Il container è di nuovo `healthy` con FailingStreak 0.',
      needsTime: true,
      check: withContainer('nginx', (container) => {
        const health = container.health
        if (!health) return fail('Il container `nginx` non ha un health check.')
        return health.status === 'healthy' && health.failingStreak === 0 ? pass : fail(`Lo stato di salute è ancora \`${health.status}\` (FailingStreak ${health.failingStreak}).`)
      }),
    },
  ],
  hints: [
    { text: 'Il file è ancora nel container con il nome `index.html.1`: basta lo spostamento inverso, con `docker exec`.' },
    { text: 'Rinomina il file, poi attendi il prossimo controllo:', command: "docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html.1 /usr/share/nginx/html/index.html'" },
  ],
  solution: ["docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html.1 /usr/share/nginx/html/index.html'", 'sleep 12'],
}
