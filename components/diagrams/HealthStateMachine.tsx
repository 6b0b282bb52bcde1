const ID = 'health-state-machine'
const NODE_WIDTH = 160
const NODE_HEIGHT = 56

interface StateNode {
  x: number
  y: number
  name: string
  /** The suffix `docker ps` shows in the STATUS column for this state. */
  psSuffix: string
  color: string
}

const STARTING: StateNode = { x: 160, y: 80, name: 'starting', psSuffix: '(health: starting)', color: 'var(--warn)' }
const HEALTHY: StateNode = { x: 10, y: 300, name: 'healthy', psSuffix: '(healthy)', color: 'var(--ok)' }
const UNHEALTHY: StateNode = { x: 310, y: 300, name: 'unhealthy', psSuffix: '(unhealthy)', color: 'var(--err)' }

function StateBox({ node }: { node: StateNode }) {
  const centerX = node.x + NODE_WIDTH / 2

  return (
    <g>
      <rect x={node.x} y={node.y} width={NODE_WIDTH} height={NODE_HEIGHT} rx={10}
        fill="var(--code-bg)" stroke={node.color} strokeWidth={2.5} />
      <text x={centerX} y={node.y + 24} textAnchor="middle" fill="var(--fg)" fontSize={17} fontWeight={700}>
        {node.name}
      </text>
      <text x={centerX} y={node.y + 44} textAnchor="middle" fill="var(--muted)" fontSize={13} fontFamily="var(--font-mono)">
        {node.psSuffix}
      </text>
    </g>
  )
}

function Arrow({ path, color = 'var(--fg)' }: { path: string; color?: string }) {
  return <path d={path} fill="none" stroke={color} strokeWidth={2} markerEnd={`url(#${ID}-arrow)`} />
}

/** Draws an edge label with each entry of `lines` on its own line, 17 units apart. */
function Label({ x, y, lines, anchor = 'middle' }: { x: number; y: number; lines: string[]; anchor?: 'start' | 'middle' | 'end' }) {
  return (
    <text x={x} y={y} textAnchor={anchor} fill="var(--fg)" fontSize={15}>
      {lines.map((line, index) => (
        <tspan key={line} x={x} dy={index === 0 ? 0 : 17}>{line}</tspan>
      ))}
    </text>
  )
}

/** Draws the three health states of a container and the probe results that move it between them. */
export function HealthStateMachine() {
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg role="img" aria-labelledby={`${ID}-title ${ID}-desc`} viewBox="0 0 480 430" width="100%"
        style={{ maxWidth: 560, display: 'block', margin: '0 auto' }}>
        <title id={`${ID}-title`}>Gli stati di salute di un container</title>
        <desc id={`${ID}-desc`}>
          Un container con health check parte nello stato starting, anche dopo un riavvio. Un fallimento durante lo
          start period viene registrato ma non conta e il container resta starting. Un controllo riuscito porta il
          container a healthy da qualunque stato e azzera il FailingStreak. Ogni fallimento fuori dallo start period
          incrementa il FailingStreak; quando raggiunge il valore di retries il container passa da starting o da
          healthy a unhealthy.
        </desc>
        <defs>
          <marker id={`${ID}-arrow`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
          </marker>
        </defs>

        <Label x={240} y={16} lines={['fallimento nello start period:', 'registrato ma non contato']} />
        <Arrow path="M 210 80 C 185 34, 295 34, 270 78" />

        <Label x={8} y={100} lines={['avvio o', 'riavvio']} anchor="start" />
        <Arrow path="M 76 108 L 158 108" />

        <Arrow path="M 200 136 L 112 298" />
        <Label x={138} y={200} lines={['controllo', 'riuscito']} anchor="end" />

        <Arrow path="M 280 136 L 368 298" />
        <Label x={342} y={200} lines={['FailingStreak', '≥ retries']} anchor="start" />

        <Arrow path="M 170 318 L 308 318" />
        <Label x={240} y={288} lines={['FailingStreak', '≥ retries']} />

        <Arrow path="M 310 342 L 172 342" />
        <Label x={240} y={378} lines={['controllo riuscito: FailingStreak torna a 0']} />

        <StateBox node={STARTING} />
        <StateBox node={HEALTHY} />
        <StateBox node={UNHEALTHY} />

        <text x={240} y={412} textAnchor="middle" fill="var(--muted)" fontSize={13}>
          Ogni fallimento fuori dallo start period fa crescere il FailingStreak.
        </text>
      </svg>
      <figcaption>
        Un solo controllo riuscito rende il container healthy; servono invece <code>retries</code> fallimenti
        consecutivi (3 per default) per renderlo unhealthy.
      </figcaption>
    </figure>
  )
}
