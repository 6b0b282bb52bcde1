import { fail, findImage, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const bpOneRun: ExerciseInput = {
  id: 'bp-one-run',
  lesson: 'best-practice-immagini',
  section: 'ottimizzare-la-cache-dei-layer',
  title: 'Un solo RUN per apt',
  instructions:
    "Il Dockerfile in `~/curl-demo` installa `curl` con tre `RUN` separati, così le liste di apt restano in un layer. Riscrivilo con un unico `RUN` che aggiorna, installa e cancella `/var/lib/apt/lists/*`, poi costruisci l'immagine `curl-demo` e guarda `docker history curl-demo`.",
  setup: [
    'mkdir curl-demo',
    "echo 'FROM debian:bookworm-slim' > curl-demo/Dockerfile",
    "echo 'RUN apt-get update' >> curl-demo/Dockerfile",
    "echo 'RUN apt-get install -y curl' >> curl-demo/Dockerfile",
    "echo 'RUN rm -rf /var/lib/apt/lists/*' >> curl-demo/Dockerfile",
  ],
  goals: [
    {
      description: "L'immagine `curl-demo` esiste.",
      check: (state) => (findImage(state, 'curl-demo') ? pass : fail("Non c'è ancora un'immagine `curl-demo`.")),
    },
    {
      description: 'Un solo `RUN` aggiorna, installa e cancella le liste di apt.',
      check: (state) => {
        const image = findImage(state, 'curl-demo')
        if (!image) return fail("Non c'è ancora un'immagine `curl-demo`.")
        const runs = image.history.filter((entry) => entry.createdBy.startsWith('RUN '))
        if (runs.length !== 1) return fail(`L'immagine ha ${runs.length} passi \`RUN\` invece di uno.`)
        const step = runs[0]!.createdBy
        const complete = step.includes('apt-get update') && step.includes('apt-get install') && step.includes('/var/lib/apt/lists')
        return complete ? pass : fail("L'unico `RUN` deve contenere `apt-get update`, `apt-get install` e la cancellazione di `/var/lib/apt/lists`.")
      },
    },
  ],
  hints: [
    { text: 'Unisci i tre comandi con `&&` in un solo `RUN`, e riscrivi il file da capo: `>` sulla prima riga, `>>` sulla seconda.' },
    { text: 'La prima riga:', command: "echo 'FROM debian:bookworm-slim' > curl-demo/Dockerfile" },
    { text: 'La seconda:', command: "echo 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*' >> curl-demo/Dockerfile" },
    { text: 'Infine la build:', command: 'docker build -t curl-demo curl-demo' },
  ],
  solution: [
    "echo 'FROM debian:bookworm-slim' > curl-demo/Dockerfile",
    "echo 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*' >> curl-demo/Dockerfile",
    'docker build -t curl-demo curl-demo',
  ],
}
