interface FlowStep {
  title: string
  detail: string
  stroke: string
  dashed?: boolean
}

interface FlowColumn {
  x: number
  heading: string
  steps: FlowStep[]
  arrowLabels: string[]
  footer: string
}

const STEP_WIDTH = 180
const STEP_HEIGHT = 58
const STEP_GAP = 40
const FIRST_STEP_Y = 50

const FLOW_COLUMNS: FlowColumn[] = [
  {
    x: 10,
    heading: 'Docker',
    steps: [
      { title: 'utente', detail: 'nel gruppo docker', stroke: 'var(--fg)' },
      { title: 'docker CLI', detail: 'client', stroke: 'var(--fg)' },
      { title: 'dockerd', detail: 'daemon, gira come root', stroke: 'var(--err)' },
      { title: 'container', detail: 'root di default', stroke: 'var(--warn)' },
    ],
    arrowLabels: ['', 'socket', 'crea'],
    footer: 'immagini a layer nel daemon',
  },
  {
    x: 210,
    heading: 'Apptainer',
    steps: [
      { title: 'utente alice', detail: 'nessun gruppo speciale', stroke: 'var(--fg)' },
      { title: 'apptainer run', detail: 'nessun daemon', stroke: 'var(--fg)', dashed: true },
      { title: 'app.sif', detail: 'un solo file SIF', stroke: 'var(--accent)' },
      { title: 'container', detail: 'utente alice anche dentro', stroke: 'var(--ok)' },
    ],
    arrowLabels: ['', 'legge', 'esegue'],
    footer: 'nessun privilegio aggiuntivo',
  },
]

function stepY(index: number): number {
  return FIRST_STEP_Y + index * (STEP_HEIGHT + STEP_GAP)
}

function renderColumn(column: FlowColumn) {
  const centerX = column.x + STEP_WIDTH / 2

  return (
    <g key={column.heading}>
      <text x={centerX} y="30" textAnchor="middle" fill="var(--fg)" fontSize="17" fontWeight="bold">
        {column.heading}
      </text>
      {column.steps.map((step, index) => (
        <g key={step.title}>
          {index > 0 ? (
            <g>
              <line
                x1={centerX}
                y1={stepY(index) - STEP_GAP}
                x2={centerX}
                y2={stepY(index) - 4}
                stroke="var(--fg)"
                strokeWidth="2"
                markerEnd="url(#docker-vs-apptainer-arrow)"
              />
              <text x={centerX + 10} y={stepY(index) - STEP_GAP / 2 + 5} fill="var(--muted)" fontSize="13">
                {column.arrowLabels[index - 1]}
              </text>
            </g>
          ) : null}
          <rect
            x={column.x}
            y={stepY(index)}
            width={STEP_WIDTH}
            height={STEP_HEIGHT}
            rx="8"
            fill="var(--code-bg)"
            stroke={step.stroke}
            strokeWidth="2"
            strokeDasharray={step.dashed ? '6 4' : undefined}
          />
          <text x={centerX} y={stepY(index) + 24} textAnchor="middle" fill="var(--fg)" fontSize="15" fontWeight="bold">
            {step.title}
          </text>
          <text x={centerX} y={stepY(index) + 45} textAnchor="middle" fill="var(--fg)" fontSize="13">
            {step.detail}
          </text>
        </g>
      ))}
      <text x={centerX} y={stepY(column.steps.length) - 8} textAnchor="middle" fill="var(--muted)" fontSize="13">
        {column.footer}
      </text>
    </g>
  )
}

/** Draws Docker (CLI, root daemon, container) next to Apptainer (no daemon, one SIF file, same user inside and outside). */
export function DockerVsApptainer() {
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg
        role="img"
        aria-labelledby="docker-vs-apptainer-title docker-vs-apptainer-desc"
        viewBox="0 0 400 460"
        width="100%"
        style={{ maxWidth: 520, display: 'block', margin: '0 auto' }}
      >
        <title id="docker-vs-apptainer-title">Docker e Apptainer a confronto</title>
        <desc id="docker-vs-apptainer-desc">
          Con Docker l&apos;utente, che deve stare nel gruppo docker, usa la CLI; la CLI passa dal socket al daemon
          dockerd, che gira come root e crea il container, dove il processo è root di default. Con Apptainer non
          c&apos;è nessun daemon: l&apos;utente alice lancia apptainer run, che legge un unico file SIF ed esegue il
          container come processo di alice, con lo stesso utente dentro e fuori e nessun privilegio aggiuntivo.
        </desc>
        <defs>
          <marker id="docker-vs-apptainer-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
          </marker>
        </defs>
        <line x1="200" y1="12" x2="200" y2="440" stroke="var(--border)" strokeWidth="2" />
        {FLOW_COLUMNS.map(renderColumn)}
      </svg>
      <figcaption style={{ color: 'var(--muted)', fontSize: '0.9rem', textAlign: 'center', marginTop: '0.5rem' }}>
        Docker passa per un daemon root; Apptainer esegue un file SIF come normale processo dell&apos;utente.
      </figcaption>
    </figure>
  )
}
