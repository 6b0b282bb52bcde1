import { fail, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const appPrivateQuay: ExerciseInput = {
  id: 'app-private-quay',
  lesson: 'apptainer',
  section: 'quayio-repository-privati',
  title: 'Un repository privato su Quay.io',
  instructions:
    "Il repository `quay.io/myuser/private-app` è privato: senza credenziali `apptainer pull` riceve `UNAUTHORIZED`. Accedi a `docker://quay.io` con l'utente `myuser` (qualsiasi token va bene nel laboratorio) e scarica l'immagine con il tag `latest`.",
  setup: [],
  goals: [
    {
      description: 'Le credenziali di `quay.io` sono salvate.',
      check: (state) => {
        const config = state.file(`${state.home}/.docker/config.json`)?.content ?? ''
        return /"quay\.io"/.test(config) ? pass : fail('Nel file `~/.docker/config.json` non ci sono credenziali per `quay.io`.')
      },
    },
    {
      description: 'Nella home c\'è il file `private-app_latest.sif`.',
      check: (state) => (state.file(`${state.home}/private-app_latest.sif`)?.type === 'file' ? pass : fail('Nella home non c\'è ancora `private-app_latest.sif`.')),
    },
  ],
  hints: [
    { text: "Prima `apptainer registry login` con `--username`, poi `apptainer pull`. Il token puoi digitarlo al prompt o passarlo con `--password-stdin`." },
    { text: 'Accedi al registry:', command: 'echo token-di-prova | apptainer registry login --username myuser --password-stdin docker://quay.io' },
    { text: "Scarica l'immagine:", command: 'apptainer pull docker://quay.io/myuser/private-app:latest' },
  ],
  solution: ['echo token-di-prova | apptainer registry login --username myuser --password-stdin docker://quay.io', 'apptainer pull docker://quay.io/myuser/private-app:latest'],
}
