import { fail, findImage, pass } from '../goals'
import type { ExerciseInput } from '../schema'

/** Size under which the final image cannot contain the Go toolchain (golang:1.23-bookworm is far larger). */
const MAX_SIZE_BYTES = 50 * 1000 * 1000

export const imgMultiStage: ExerciseInput = {
  id: 'img-multi-stage',
  lesson: 'sicurezza-immagini',
  section: 'usare-build-multi-stage',
  title: 'Una build multi-stage',
  instructions:
    "In `~/saluti` ci sono `main.go` e un Dockerfile che compila il programma e lo esegue nella stessa immagine `golang`, con tutto il compilatore dentro. Riscrivi il Dockerfile in due stage: il primo (`build`) compila, il secondo parte da `gcr.io/distroless/static-debian12:nonroot` e copia solo l'eseguibile. Costruisci l'immagine `saluti`.",
  setup: [
    'mkdir saluti',
    "echo 'package main' > saluti/main.go",
    "echo 'FROM golang:1.23-bookworm' > saluti/Dockerfile",
    "echo 'WORKDIR /src' >> saluti/Dockerfile",
    "echo 'COPY main.go .' >> saluti/Dockerfile",
    "echo 'RUN go build -o /app main.go' >> saluti/Dockerfile",
    'echo \'ENTRYPOINT ["/app"]\' >> saluti/Dockerfile',
  ],
  goals: [
    {
      description: "L'immagine `saluti` esiste.",
      check: (state) => (findImage(state, 'saluti') ? pass : fail("Non c'è ancora un'immagine `saluti`: costruiscila con `docker build`.")),
    },
    {
      description: "L'immagine finale è più piccola di 50 MB: il compilatore non c'è.",
      check: (state) => {
        const image = findImage(state, 'saluti')
        if (!image) return fail("Non c'è ancora un'immagine `saluti`.")
        return image.size < MAX_SIZE_BYTES ? pass : fail(`L'immagine \`saluti\` pesa ${Math.round(image.size / 1e6)} MB: contiene ancora lo stage di compilazione.`)
      },
    },
    {
      description: "L'immagine finale non gira come root.",
      check: (state) => {
        const image = findImage(state, 'saluti')
        if (!image) return fail("Non c'è ancora un'immagine `saluti`.")
        return image.user !== '' && image.user !== 'root' && image.user !== '0' ? pass : fail("L'immagine `saluti` gira come root: parti da una base `nonroot`.")
      },
    },
  ],
  hints: [
    { text: "Nel primo `FROM` aggiungi `AS build`; nel secondo stage `COPY --from=build /app /app` porta solo l'eseguibile. Riscrivi il file da capo con `>` sulla prima riga e `>>` sulle altre." },
    { text: 'La prima riga del nuovo Dockerfile:', command: "echo 'FROM golang:1.23-bookworm AS build' > saluti/Dockerfile" },
    { text: 'Poi aggiungi con `>>`, una alla volta, le righe `WORKDIR /src`, `COPY main.go .`, `RUN go build -o /app main.go`, `FROM gcr.io/distroless/static-debian12:nonroot`, `COPY --from=build /app /app` e `ENTRYPOINT ["/app"]`, e costruisci con `docker build -t saluti saluti`. La prima:', command: "echo 'WORKDIR /src' >> saluti/Dockerfile" },
  ],
  solution: [
    "echo 'FROM golang:1.23-bookworm AS build' > saluti/Dockerfile",
    "echo 'WORKDIR /src' >> saluti/Dockerfile",
    "echo 'COPY main.go .' >> saluti/Dockerfile",
    "echo 'RUN go build -o /app main.go' >> saluti/Dockerfile",
    "echo 'FROM gcr.io/distroless/static-debian12:nonroot' >> saluti/Dockerfile",
    "echo 'COPY --from=build /app /app' >> saluti/Dockerfile",
    'echo \'ENTRYPOINT ["/app"]\' >> saluti/Dockerfile',
    'docker build -t saluti saluti',
  ],
}
