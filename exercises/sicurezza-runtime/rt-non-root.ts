import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const rtNonRoot: ExerciseInput = {
  id: 'rt-non-root',
  lesson: 'sicurezza-runtime',
  section: 'altre-due-difese-no-new-privileges-e-utente-non-root',
  title: 'Utente non root e no-new-privileges',
  instructions:
    "Avvia un container `lavoro` da `busybox` con il comando `sleep 3600`, come utente `1000:1000` e con l'opzione di sicurezza `no-new-privileges`. Controlla con `docker exec lavoro id`.",
  setup: [],
  goals: [
    { description: 'Il container `lavoro` (immagine `busybox`) è in esecuzione.', check: containerRunning('lavoro', 'busybox') },
    {
      description: 'Il processo gira come utente `1000:1000`.',
      check: withContainer('lavoro', (container) => (container.user === '1000:1000' ? pass : fail(container.user === '' ? 'Il container `lavoro` gira come root.' : `Il container gira come \`${container.user}\` invece di \`1000:1000\`.`))),
    },
    {
      description: 'È attiva l\'opzione `no-new-privileges`.',
      check: withContainer('lavoro', (container) =>
        container.securityOpt.some((option) => /^no-new-privileges(:true|=true)?$/.test(option)) ? pass : fail('Manca `--security-opt no-new-privileges`.'),
      ),
    },
  ],
  hints: [
    { text: 'Ti servono `--user` e `--security-opt`.' },
    { text: 'Il comando completo:', command: 'docker run -d --name lavoro --user 1000:1000 --security-opt no-new-privileges busybox sleep 3600' },
  ],
  solution: ['docker run -d --name lavoro --user 1000:1000 --security-opt no-new-privileges busybox sleep 3600'],
}
