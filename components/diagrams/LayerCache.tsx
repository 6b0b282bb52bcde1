import type { CSSProperties } from 'react'

const WIDTH = 360
const MARGIN = 8
const ROW_HEIGHT = 48
const ROW_GAP = 6
const PANEL_HEADER = 56
const PANEL_GAP = 24

const monoText: CSSProperties = { fill: 'var(--fg)', fontFamily: 'var(--font-mono)', fontSize: 13 }
const bodyText: CSSProperties = { fill: 'var(--fg)', fontSize: 16 }

interface BuildStep {
  instruction: string
  /** True when the build reuses the cached layer, false when it must run the step again. */
  cached: boolean
  note: string
}

interface Panel {
  heading: string
  subheading: string
  steps: BuildStep[]
}

const FROM_STEP: BuildStep = { instruction: 'FROM python:3.9-slim', cached: true, note: 'in cache' }
const WORKDIR_STEP: BuildStep = { instruction: 'WORKDIR /app', cached: true, note: 'in cache' }

const SOURCES_FIRST: Panel = {
  heading: 'Prima: il codice prima delle dipendenze',
  subheading: 'Ricostruisci 3 passi su 5',
  steps: [
    FROM_STEP,
    WORKDIR_STEP,
    { instruction: 'COPY sample.py .', cached: false, note: 'ricostruito: il file è cambiato' },
    { instruction: 'COPY requirements.txt .', cached: false, note: 'ricostruito: viene dopo' },
    { instruction: 'RUN pip install -r requirements.txt', cached: false, note: 'ricostruito: reinstalla tutto' },
  ],
}

const DEPENDENCIES_FIRST: Panel = {
  heading: 'Dopo: le dipendenze prima del codice',
  subheading: 'Ricostruisci 1 passo su 5',
  steps: [
    FROM_STEP,
    WORKDIR_STEP,
    { instruction: 'COPY requirements.txt .', cached: true, note: 'in cache: il file non è cambiato' },
    { instruction: 'RUN pip install -r requirements.txt', cached: true, note: 'in cache: dipendenze già installate' },
    { instruction: 'COPY sample.py .', cached: false, note: 'ricostruito: il file è cambiato' },
  ],
}

function panelHeight(panel: Panel): number {
  return PANEL_HEADER + panel.steps.length * (ROW_HEIGHT + ROW_GAP) + 6
}

function StepRow({ step, y }: { step: BuildStep; y: number }) {
  const color = step.cached ? 'var(--ok)' : 'var(--err)'

  return (
    <g>
      <rect x={MARGIN + 10} y={y} width={WIDTH - 2 * MARGIN - 20} height={ROW_HEIGHT} rx={5}
        style={{ fill: 'var(--bg)', stroke: color, strokeWidth: step.cached ? 1.2 : 2, strokeDasharray: step.cached ? undefined : '6 3' }} />
      <rect x={MARGIN + 10} y={y} width={7} height={ROW_HEIGHT} rx={2} style={{ fill: color }} />
      <text x={MARGIN + 26} y={y + 20} style={monoText}>{step.instruction}</text>
      <text x={MARGIN + 26} y={y + 39} style={{ fill: color, fontSize: 14, fontWeight: step.cached ? 400 : 700 }}>
        {step.note}
      </text>
    </g>
  )
}

function PanelBox({ panel, y }: { panel: Panel; y: number }) {
  return (
    <g>
      <rect x={MARGIN} y={y} width={WIDTH - 2 * MARGIN} height={panelHeight(panel)} rx={8}
        style={{ fill: 'var(--code-bg)', stroke: 'var(--border)', strokeWidth: 1.5 }} />
      <text x={MARGIN + 10} y={y + 24} style={{ ...bodyText, fontWeight: 700 }}>{panel.heading}</text>
      <text x={MARGIN + 10} y={y + 45} style={{ ...bodyText, fill: 'var(--muted)', fontSize: 15 }}>{panel.subheading}</text>
      {panel.steps.map((step, index) => (
        <StepRow key={step.instruction} step={step} y={y + PANEL_HEADER + index * (ROW_HEIGHT + ROW_GAP)} />
      ))}
    </g>
  )
}

/** Diagram of two orderings of the same Dockerfile after sample.py changes, showing which build steps stay cached. */
export function LayerCache() {
  const titleHeight = 30
  const firstY = titleHeight
  const secondY = firstY + panelHeight(SOURCES_FIRST) + PANEL_GAP
  const height = secondY + panelHeight(DEPENDENCIES_FIRST) + 8

  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img"
        aria-labelledby="layer-cache-title layer-cache-desc" style={{ maxWidth: 520, display: 'block' }}>
        <title id="layer-cache-title">Cache dei layer: lo stesso Dockerfile in due ordini diversi</title>
        <desc id="layer-cache-desc">
          Hai modificato solo sample.py e rilanci la build. Nel primo ordine, FROM python:3.9-slim e WORKDIR /app
          restano in cache, ma COPY sample.py cambia e invalida anche i passi successivi: COPY requirements.txt e RUN
          pip install vengono rieseguiti, quindi le dipendenze si reinstallano. Nel secondo ordine requirements.txt
          viene copiato e installato prima del codice: FROM, WORKDIR, COPY requirements.txt e RUN pip install restano
          in cache e si ricostruisce solo l&apos;ultimo passo, COPY sample.py.
        </desc>
        <text x={MARGIN} y={20} style={{ ...bodyText, fontWeight: 700 }}>Hai modificato solo sample.py</text>
        <PanelBox panel={SOURCES_FIRST} y={firstY} />
        <PanelBox panel={DEPENDENCIES_FIRST} y={secondY} />
      </svg>
      <figcaption>
        Quando un passo cambia, Docker riesegue quel passo e tutti quelli dopo. Mettere in alto ciò che cambia di rado
        tiene in cache il passo più lento, l&apos;installazione delle dipendenze.
      </figcaption>
    </figure>
  )
}
