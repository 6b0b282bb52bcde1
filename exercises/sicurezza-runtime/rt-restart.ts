import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const rtRestart: ExerciseInput = {
  id: 'rt-restart',
  lesson: 'sicurezza-runtime',
  section: '5-politica-di-restart-on-failure',
  title: 'Restart solo in caso di errore',
  instructions:
    'Avvia un container `servizio` da `nginx` che Docker riavvia solo quando esce con un errore, al massimo 5 volte.',
  setup: [],
  goals: [
    { description: 'Il container `servizio` (immagine `nginx`) è in esecuzione.', check: containerRunning('servizio', 'nginx') },
    {
      description: 'La politica di restart è `on-failure` con al massimo 5 tentativi.',
      check: withContainer('servizio', ({ restartPolicy }) => {
        if (restartPolicy.name !== 'on-failure') return fail(`La politica di restart è \`${restartPolicy.name}\` invece di \`on-failure\`.`)
        return restartPolicy.maximumRetryCount === 5 ? pass : fail(`Il numero massimo di tentativi è ${restartPolicy.maximumRetryCount} invece di 5.`)
      }),
    },
  ],
  hints: [
    { text: "L'opzione `--restart` accetta un numero massimo di tentativi dopo i due punti." },
    { text: 'Il comando completo:', command: 'docker run -d --name servizio --restart on-failure:5 nginx' },
  ],
  solution: ['docker run -d --name servizio --restart on-failure:5 nginx'],
}
