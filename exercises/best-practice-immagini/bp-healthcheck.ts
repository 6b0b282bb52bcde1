import { containerRunning, fail, findImage, healthStatus, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const bpHealthcheck: ExerciseInput = {
  id: 'bp-healthcheck',
  lesson: 'best-practice-immagini',
  section: 'aggiungere-listruzione-healthcheck',
  title: "HEALTHCHECK nell'immagine",
  instructions:
    "In `~/sito` c'è un Dockerfile con la sola riga `FROM nginx:latest`. Aggiungi un'istruzione `HEALTHCHECK` che controlla la pagina con `curl` ogni 10 secondi, costruisci l'immagine `sito` e avvia da essa un container `sito` che diventi `healthy` senza opzioni `--health-*`.",
  setup: ['mkdir sito', "echo 'FROM nginx:latest' > sito/Dockerfile"],
  goals: [
    {
      description: "L'immagine `sito` contiene un health check con `curl`.",
      check: (state) => {
        const image = findImage(state, 'sito')
        if (!image) return fail("Non c'è ancora un'immagine `sito`.")
        const command = image.healthcheck?.test.join(' ') ?? ''
        return /\bcurl\b/.test(command) ? pass : fail("L'immagine `sito` non ha un `HEALTHCHECK` con `curl`.")
      },
    },
    { description: 'Il container `sito` (immagine `sito`) è in esecuzione.', check: containerRunning('sito', 'sito') },
    { description: 'Il container `sito` è `healthy`.', check: healthStatus('sito', 'healthy'), needsTime: true },
  ],
  hints: [
    { text: "La forma è `HEALTHCHECK --interval=10s CMD …`; aggiungi la riga al Dockerfile con `echo '…' >> sito/Dockerfile`." },
    { text: "Aggiungi l'istruzione:", command: "echo 'HEALTHCHECK --interval=10s CMD curl -f http://localhost/ || exit 1' >> sito/Dockerfile" },
    { text: "Costruisci l'immagine:", command: 'docker build -t sito sito' },
    { text: 'Avvia il container e attendi una decina di secondi:', command: 'docker run -d --name sito sito' },
  ],
  solution: ["echo 'HEALTHCHECK --interval=10s CMD curl -f http://localhost/ || exit 1' >> sito/Dockerfile", 'docker build -t sito sito', 'docker run -d --name sito sito', 'sleep 12'],
}
