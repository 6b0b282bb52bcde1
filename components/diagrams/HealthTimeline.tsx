const ID = 'health-timeline'

// The example drawn: --health-start-period=15s --health-start-interval=5s
// --health-interval=20s --health-timeout=10s --health-retries=3, on Docker
// Engine 25 or later (earlier engines probe every interval during the start period too).
const AXIS_LEFT = 24
const AXIS_RIGHT = 468
const AXIS_END_SECONDS = 115
const AXIS_Y = 124

type ProbeResult = 'uncounted' | 'success' | 'failure'

interface Probe {
  seconds: number
  result: ProbeResult
}

const PROBES: Probe[] = [
  { seconds: 5, result: 'uncounted' },
  { seconds: 10, result: 'uncounted' },
  { seconds: 15, result: 'success' },
  { seconds: 35, result: 'success' },
  { seconds: 55, result: 'failure' },
  { seconds: 75, result: 'failure' },
  { seconds: 95, result: 'failure' },
]

interface StatusSpan {
  from: number
  to: number
  name: string
  color: string
}

const STATUS_SPANS: StatusSpan[] = [
  { from: 0, to: 15, name: 'starting', color: 'var(--warn)' },
  { from: 15, to: 95, name: 'healthy', color: 'var(--ok)' },
  { from: 95, to: AXIS_END_SECONDS, name: 'unhealthy', color: 'var(--err)' },
]

const PROBE_COLORS: Record<ProbeResult, string> = {
  uncounted: 'var(--muted)',
  success: 'var(--ok)',
  failure: 'var(--err)',
}

function timeToX(seconds: number): number {
  return AXIS_LEFT + (seconds / AXIS_END_SECONDS) * (AXIS_RIGHT - AXIS_LEFT)
}

function ProbeMark({ probe }: { probe: Probe }) {
  const x = timeToX(probe.seconds)
  const color = PROBE_COLORS[probe.result]
  const symbol = probe.result === 'success' ? '✓' : '✗'

  return (
    <g>
      <circle cx={x} cy={AXIS_Y} r={7} fill="var(--bg)" stroke={color} strokeWidth={2}
        strokeDasharray={probe.result === 'uncounted' ? '3 2' : undefined} />
      <text x={x} y={AXIS_Y + 4.5} textAnchor="middle" fill={color} fontSize={11} fontWeight={700}>{symbol}</text>
      <text x={x} y={AXIS_Y + 26} textAnchor="middle" fill="var(--muted)" fontSize={13}>{probe.seconds}</text>
    </g>
  )
}

/** Draws a horizontal bracket between two instants, with its label above it. */
function Span({ from, to, y, label, dashed = false }: { from: number; to: number; y: number; label: string; dashed?: boolean }) {
  const left = timeToX(from)
  const right = timeToX(to)

  return (
    <g>
      <path d={`M ${left} ${y + 5} V ${y} H ${right} V ${y + 5}`} fill="none" stroke="var(--accent)" strokeWidth={1.5}
        strokeDasharray={dashed ? '4 3' : undefined} />
      <text x={(left + right) / 2} y={y - 6} textAnchor="middle" fill="var(--fg)" fontSize={14}>{label}</text>
    </g>
  )
}

function StatusBand({ span }: { span: StatusSpan }) {
  const left = timeToX(span.from)
  const width = timeToX(span.to) - left

  return (
    <g>
      <rect x={left} y={214} width={width} height={26} fill="var(--code-bg)" stroke={span.color} strokeWidth={2} />
      <text x={left + width / 2} y={232.5} textAnchor="middle" fill="var(--fg)" fontSize={13}>{span.name}</text>
    </g>
  )
}

/** Draws health-check timing on a time axis: start period, start interval, interval, timeout and retries. */
export function HealthTimeline() {
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg role="img" aria-labelledby={`${ID}-title ${ID}-desc`} viewBox="0 0 480 272" width="100%"
        style={{ maxWidth: 620, display: 'block', margin: '0 auto' }}>
        <title id={`${ID}-title`}>I tempi di un health check</title>
        <desc id={`${ID}-desc`}>
          Asse del tempo in secondi per un health check con start period di 15 secondi, start interval di 5 secondi,
          interval di 20 secondi, timeout di 10 secondi e retries 3. Durante lo start period i controlli girano ogni
          5 secondi: quelli a 5 e 10 secondi falliscono ma non vengono contati. Il controllo a 15 secondi riesce e il
          container passa da starting a healthy; da lì i controlli girano ogni 20 secondi. Quello a 35 secondi riesce,
          quelli a 55, 75 e 95 secondi falliscono: al terzo fallimento consecutivo il container diventa unhealthy.
          Ogni controllo può durare al massimo quanto il timeout.
        </desc>

        <Span from={0} to={15} y={26} label="start period 15 s" />
        <Span from={5} to={10} y={78} label="start interval 5 s" />
        <Span from={35} to={55} y={78} label="interval 20 s" />
        <Span from={75} to={85} y={98} label="timeout 10 s" dashed />

        <line x1={AXIS_LEFT} y1={AXIS_Y} x2={AXIS_RIGHT} y2={AXIS_Y} stroke="var(--fg)" strokeWidth={1.5} />
        <text x={AXIS_RIGHT} y={AXIS_Y + 26} textAnchor="end" fill="var(--muted)" fontSize={13}>s</text>
        <text x={AXIS_LEFT} y={AXIS_Y + 26} textAnchor="middle" fill="var(--muted)" fontSize={13}>0</text>
        {PROBES.map((probe) => <ProbeMark key={probe.seconds} probe={probe} />)}

        <text x={timeToX(7.5)} y={AXIS_Y + 46} textAnchor="middle" fill="var(--muted)" fontSize={13}>non contati</text>
        <path d={`M ${timeToX(55)} ${AXIS_Y + 52} V ${AXIS_Y + 58} H ${timeToX(95)} V ${AXIS_Y + 52}`} fill="none"
          stroke="var(--accent)" strokeWidth={1.5} />
        <text x={timeToX(75)} y={AXIS_Y + 76} textAnchor="middle" fill="var(--fg)" fontSize={14}>
          retries = 3 fallimenti di fila
        </text>

        {STATUS_SPANS.map((span) => <StatusBand key={span.name} span={span} />)}
        <text x={AXIS_LEFT} y={260} fill="var(--muted)" fontSize={13}>stato mostrato da docker ps</text>
      </svg>
      <figcaption>
        Esempio con <code>--health-start-period=15s --health-start-interval=5s --health-interval=20s
        --health-timeout=10s --health-retries=3</code> su Docker Engine 25 o successivo. Prima della versione 25 anche
        durante lo start period i controlli seguono l&apos;interval.
      </figcaption>
    </figure>
  )
}
