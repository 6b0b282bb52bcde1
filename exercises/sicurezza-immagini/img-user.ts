import { fail, findImage, pass } from '../goals'
import type { ExerciseInput } from '../schema'

const ROOT_USERS = new Set(['', 'root', '0', '0:0', 'root:root'])

export const imgUser: ExerciseInput = {
  id: 'img-user',
  lesson: 'sicurezza-immagini',
  section: 'eseguire-con-lutente-con-meno-privilegi',
  title: "Un'immagine che non gira come root",
  instructions:
    "In `~/user-demo` c'è un Dockerfile basato su `debian:bookworm-slim` che crea l'utente `appuser` ma non lo usa. Aggiungi in fondo l'istruzione che fa girare il container come `appuser` (per esempio con `echo '…' >> user-demo/Dockerfile`), costruisci l'immagine `user-demo` e controlla con `docker run --rm user-demo`.",
  setup: [
    'mkdir user-demo',
    "echo 'FROM debian:bookworm-slim' > user-demo/Dockerfile",
    "echo 'RUN groupadd -g 1000 appuser && useradd -u 1000 -g appuser -m appuser' >> user-demo/Dockerfile",
    'echo \'CMD ["id"]\' >> user-demo/Dockerfile',
  ],
  goals: [
    {
      description: "L'immagine `user-demo` esiste.",
      check: (state) => (findImage(state, 'user-demo') ? pass : fail("Non c'è ancora un'immagine `user-demo`: costruiscila con `docker build`.")),
    },
    {
      description: "L'utente predefinito dell'immagine non è root.",
      check: (state) => {
        const image = findImage(state, 'user-demo')
        if (!image) return fail("Non c'è ancora un'immagine `user-demo`.")
        return ROOT_USERS.has(image.user) ? fail("L'immagine `user-demo` gira ancora come root: manca un'istruzione `USER`.") : pass
      },
    },
  ],
  hints: [
    { text: "L'istruzione è `USER`. Dopo averla aggiunta, ricostruisci con `docker build -t user-demo user-demo`." },
    { text: "Aggiungi l'istruzione:", command: "echo 'USER appuser' >> user-demo/Dockerfile" },
    { text: "Ricostruisci l'immagine:", command: 'docker build -t user-demo user-demo' },
  ],
  solution: ["echo 'USER appuser' >> user-demo/Dockerfile", 'docker build -t user-demo user-demo', 'docker run --rm user-demo'],
}
