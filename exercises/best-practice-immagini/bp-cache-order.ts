import { fail, findImage, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const bpCacheOrder: ExerciseInput = {
  id: 'bp-cache-order',
  lesson: 'best-practice-immagini',
  section: 'ordinare-i-comandi-per-sfruttare-la-cache',
  title: 'Le dipendenze prima del codice',
  instructions:
    "Il Dockerfile in `~/py-demo` copia `sample.py` prima di installare le dipendenze, così ogni modifica al codice rilancia `pip install`. Riordinalo: prima `COPY requirements.txt .` e `RUN pip install -r requirements.txt`, poi `COPY sample.py .`. Costruisci l'immagine `py-demo`, modifica `sample.py` e ricostruisci: il passo di `pip` deve risultare `CACHED`.",
  setup: [
    'mkdir py-demo',
    'echo \'print("ciao")\' > py-demo/sample.py',
    "echo 'requests==2.32.3' > py-demo/requirements.txt",
    "echo 'FROM python:3.9-slim' > py-demo/Dockerfile",
    "echo 'WORKDIR /app' >> py-demo/Dockerfile",
    "echo 'COPY sample.py .' >> py-demo/Dockerfile",
    "echo 'COPY requirements.txt .' >> py-demo/Dockerfile",
    "echo 'RUN pip install -r requirements.txt' >> py-demo/Dockerfile",
  ],
  goals: [
    {
      description: "L'immagine `py-demo` esiste.",
      check: (state) => (findImage(state, 'py-demo') ? pass : fail("Non c'è ancora un'immagine `py-demo`.")),
    },
    {
      description: "Nell'immagine le dipendenze sono installate prima che il codice venga copiato.",
      check: (state) => {
        const image = findImage(state, 'py-demo')
        if (!image) return fail("Non c'è ancora un'immagine `py-demo`.")

        const steps = image.history.map((entry) => entry.createdBy)
        const install = steps.findIndex((step) => step.includes('pip install'))
        const requirements = steps.findIndex((step) => step.startsWith('COPY requirements.txt'))
        const code = steps.findIndex((step) => step.startsWith('COPY sample.py'))
        if (install === -1 || requirements === -1 || code === -1) return fail("L'immagine non contiene i tre passi `COPY requirements.txt`, `RUN pip install` e `COPY sample.py`.")
        if (requirements > install) return fail('`requirements.txt` viene copiato dopo `pip install`.')
        return code > install ? pass : fail('`sample.py` viene ancora copiato prima di `pip install`.')
      },
    },
  ],
  hints: [
    { text: 'Riscrivi il Dockerfile da capo: `>` per la prima riga, `>>` per le altre, nell\'ordine `FROM`, `WORKDIR`, `COPY requirements.txt .`, `RUN pip install …`, `COPY sample.py .`.' },
    { text: 'La prima riga:', command: "echo 'FROM python:3.9-slim' > py-demo/Dockerfile" },
    { text: 'Dopo le altre righe, la build:', command: 'docker build -t py-demo py-demo' },
  ],
  solution: [
    "echo 'FROM python:3.9-slim' > py-demo/Dockerfile",
    "echo 'WORKDIR /app' >> py-demo/Dockerfile",
    "echo 'COPY requirements.txt .' >> py-demo/Dockerfile",
    "echo 'RUN pip install -r requirements.txt' >> py-demo/Dockerfile",
    "echo 'COPY sample.py .' >> py-demo/Dockerfile",
    'docker build -t py-demo py-demo',
    'echo \'print("ciao ciao")\' > py-demo/sample.py',
    'docker build -t py-demo py-demo',
  ],
}
