import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const hcFailure: ExerciseInput = {
  id: 'hc-failure',
  lesson: 'health-check',
  section: 'simulazione-di-un-fallimento',
  title: 'Simulare un guasto',
  instructions:
    "Il container `nginx` gira con un health check che chiede la pagina principale ogni 10 secondi ed è `healthy`. Provoca un guasto: fai sparire `index.html` senza fermare il container, finché Docker lo dichiara `unhealthy` con FailingStreak almeno 3.",
  setup: ["docker run -d --name nginx --health-cmd 'curl --fail http://localhost:80 || exit 1' --health-interval 10s nginx", 'sleep 12'],
  goals: [
    { description: 'Il container `nginx` è ancora in esecuzione.', check: containerRunning('nginx', 'nginx') },
    {
      description: 'Il container è `unhealthy` con FailingStreak di almeno 3.',
      needsTime: true,
      check: withContainer('nginx', (container) => {
        const health = container.health
        if (!health) return fail('Il container `nginx` non ha un health check.')
        if (health.status !== 'unhealthy') return fail(`Lo stato di salute è ancora \`${health.status}\`.`)
        return health.failingStreak >= 3 ? pass : fail(`FailingStreak vale ${health.failingStreak}, non ancora 3.`)
      }),
    },
  ],
  hints: [
    { text: 'Con `docker exec` puoi spostare `/usr/share/nginx/html/index.html` in un altro nome: nginx risponderà 403 e `curl --fail` fallirà.' },
    { text: 'Sposta la pagina, poi attendi tre controlli (30 secondi):', command: "docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html /usr/share/nginx/html/index.html.1'" },
  ],
  solution: ["docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html /usr/share/nginx/html/index.html.1'", 'sleep 35'],
}
