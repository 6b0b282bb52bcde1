import { containerRunning, fail, noContainer, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const rtPrivileged: ExerciseInput = {
  id: 'rt-privileged',
  lesson: 'sicurezza-runtime',
  section: '1-non-usare-container-privilegiati',
  title: 'Via il container privilegiato',
  instructions:
    "Qualcuno ha avviato il container `strumenti` (alpine) con `--privileged`. Eliminalo e avvia al suo posto un container `strumenti-sicuro` dalla stessa immagine, con il comando `sleep 3600`, senza privilegi aggiuntivi e con tutte le capability rimosse.",
  setup: ['docker run -d --name strumenti --privileged alpine sleep 3600'],
  goals: [
    { description: 'Il container privilegiato `strumenti` non esiste più.', check: noContainer('strumenti') },
    { description: 'Il container `strumenti-sicuro` (immagine `alpine`) è in esecuzione.', check: containerRunning('strumenti-sicuro', 'alpine') },
    {
      description: 'Nessun container è privilegiato.',
      check: (state) => {
        const privileged = state.containers.filter((container) => container.privileged).map((container) => `\`${container.name}\``)
        return privileged.length === 0 ? pass : fail(`Sono ancora privilegiati: ${privileged.join(', ')}.`)
      },
    },
    {
      description: '`strumenti-sicuro` rinuncia a tutte le capability.',
      check: (state) => {
        const container = state.containers.find((item) => item.name === 'strumenti-sicuro')
        if (!container) return fail('Non esiste ancora un container di nome `strumenti-sicuro`.')
        return container.capDrop.some((capability) => capability.toUpperCase() === 'ALL') ? pass : fail('`strumenti-sicuro` non rimuove le capability con `--cap-drop ALL`.')
      },
    },
  ],
  hints: [
    { text: '`docker rm -f` elimina un container anche se è in esecuzione; per le capability c\'è `--cap-drop`.' },
    { text: 'Prima elimina il container privilegiato:', command: 'docker rm -f strumenti' },
    { text: 'Poi avvia quello nuovo:', command: 'docker run -d --name strumenti-sicuro --cap-drop ALL alpine sleep 3600' },
  ],
  solution: ['docker rm -f strumenti', 'docker run -d --name strumenti-sicuro --cap-drop ALL alpine sleep 3600'],
}
