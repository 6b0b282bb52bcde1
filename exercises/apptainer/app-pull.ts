import { fail, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const appPull: ExerciseInput = {
  id: 'app-pull',
  lesson: 'apptainer',
  section: 'scaricare-un-container-docker-come-file-sif',
  title: 'Da Docker Hub a un file SIF',
  instructions: "Scarica l'immagine Docker `sylabsio/lolcow` da Docker Hub e convertila in un file SIF nella tua home, con il nome che Apptainer sceglie di serie.",
  setup: [],
  goals: [
    {
      description: 'Nella home c\'è il file `lolcow_latest.sif`.',
      check: (state) => (state.file(`${state.home}/lolcow_latest.sif`)?.type === 'file' ? pass : fail('Nella home non c\'è ancora `lolcow_latest.sif`.')),
    },
  ],
  hints: [
    { text: "Il comando è `apptainer pull`, con l'immagine preceduta dallo schema `docker://`." },
    { text: 'Il comando completo:', command: 'apptainer pull docker://sylabsio/lolcow' },
  ],
  solution: ['apptainer pull docker://sylabsio/lolcow'],
}
