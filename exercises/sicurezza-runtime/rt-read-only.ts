import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const rtReadOnly: ExerciseInput = {
  id: 'rt-read-only',
  lesson: 'sicurezza-runtime',
  section: 'esempio-filesystem-in-sola-lettura',
  title: 'nginx in sola lettura',
  instructions:
    "Avvia un container `web` da `nginx` con il filesystem principale in sola lettura e fai in modo che resti in esecuzione: nginx deve poter scrivere solo nelle directory che gli servono, montate come tmpfs. Leggi `docker logs web` per capire quali sono.",
  setup: [],
  goals: [
    {
      description: 'Il container `web` ha il filesystem principale in sola lettura.',
      check: withContainer('web', (container) => (container.readOnlyRootfs ? pass : fail('Il container `web` ha il filesystem scrivibile: manca `--read-only`.'))),
    },
    {
      description: 'Il container ha almeno una tmpfs.',
      check: withContainer('web', (container) => (Object.keys(container.tmpfs).length > 0 ? pass : fail('Il container `web` non ha nessuna tmpfs.'))),
    },
    { description: 'Il container `web` (immagine `nginx`) è in esecuzione.', check: containerRunning('web', 'nginx'), needsTime: true },
  ],
  hints: [
    { text: 'Con il solo `--read-only` nginx si ferma e `docker logs web` mostra la prima directory in cui non riesce a scrivere, `/var/cache/nginx`. Dopo quella gli serve anche `/run`. Rimuovi il container con `docker rm -f web` prima di riprovare.' },
    { text: 'Una tmpfs per ciascuna delle due directory:', command: 'docker run -d --name web --read-only --tmpfs /var/cache/nginx --tmpfs /run nginx' },
  ],
  solution: ['docker run -d --name web --read-only --tmpfs /var/cache/nginx --tmpfs /run nginx', 'sleep 2'],
}
