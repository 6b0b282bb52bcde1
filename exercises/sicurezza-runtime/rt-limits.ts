import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

const MEBIBYTE = 1024 * 1024

export const rtLimits: ExerciseInput = {
  id: 'rt-limits',
  lesson: 'sicurezza-runtime',
  section: '4-aggiungere-limiti-alle-risorse',
  title: 'Limiti di memoria e CPU',
  instructions: 'Avvia un container `limitato` da `nginx` che possa usare al massimo 256 MiB di memoria e mezza CPU.',
  setup: [],
  goals: [
    { description: 'Il container `limitato` (immagine `nginx`) è in esecuzione.', check: containerRunning('limitato', 'nginx') },
    {
      description: 'Il limite di memoria è di 256 MiB.',
      check: withContainer('limitato', (container) =>
        container.memoryBytes === 256 * MEBIBYTE ? pass : fail(container.memoryBytes === 0 ? 'Il container non ha un limite di memoria.' : `Il limite di memoria è di ${container.memoryBytes / MEBIBYTE} MiB invece di 256.`),
      ),
    },
    {
      description: 'Il limite di CPU è di mezza CPU.',
      check: withContainer('limitato', (container) =>
        container.nanoCpus === 500_000_000 ? pass : fail(container.nanoCpus === 0 ? 'Il container non ha un limite di CPU.' : `Il limite di CPU è di ${container.nanoCpus / 1e9} CPU invece di 0.5.`),
      ),
    },
  ],
  hints: [
    { text: 'Le opzioni sono `--memory` (con un suffisso come `m`) e `--cpus` (anche con decimali). Verifica con `docker inspect`.' },
    { text: 'Il comando completo:', command: 'docker run -d --name limitato --memory 256m --cpus 0.5 nginx' },
  ],
  solution: ['docker run -d --name limitato --memory 256m --cpus 0.5 nginx'],
}
