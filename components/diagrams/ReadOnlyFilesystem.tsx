const ID = 'read-only-filesystem'
const ROW_TOP = 16
const ROW_HEIGHT = 64
const ROW_GAP = 10

interface MountRow {
  path: string
  description: string
  writable: boolean
  badge: string
}

const MOUNT_ROWS: MountRow[] = [
  { path: '/', description: "layer dell'immagine, montati con --read-only", writable: false, badge: 'sola lettura' },
  { path: '/tmp', description: 'tmpfs in memoria: --tmpfs /tmp', writable: true, badge: 'scrivibile, temporanea' },
  { path: '/usr/share/nginx/html', description: "directory dell'host montata con :ro", writable: false, badge: 'sola lettura' },
  { path: '/data', description: 'volume con nome: -v dati:/data', writable: true, badge: 'scrivibile, persistente' },
]

const BADGE_WIDTH = 214

function MountBox({ row, index }: { row: MountRow; index: number }) {
  const y = ROW_TOP + index * (ROW_HEIGHT + ROW_GAP)
  const color = row.writable ? 'var(--ok)' : 'var(--err)'

  return (
    <g>
      <rect x={8} y={y} width={464} height={ROW_HEIGHT} rx={8} fill="var(--code-bg)" stroke="var(--border)" strokeWidth={1.5} />
      <text x={20} y={y + 25} fill="var(--fg)" fontSize={15} fontWeight={700} fontFamily="var(--font-mono)">{row.path}</text>
      <text x={20} y={y + 49} fill="var(--muted)" fontSize={14}>{row.description}</text>
      <rect x={464 - BADGE_WIDTH} y={y + 9} width={BADGE_WIDTH - 4} height={24} rx={12} fill="var(--bg)" stroke={color} strokeWidth={2} />
      <text x={464 - BADGE_WIDTH / 2 - 2} y={y + 26} textAnchor="middle" fill="var(--fg)" fontSize={13}>
        {row.writable ? '✓ ' : '✗ '}{row.badge}
      </text>
    </g>
  )
}

/** Draws which paths a --read-only container can write to: tmpfs and writable volumes only. */
export function ReadOnlyFilesystem() {
  const resultsTop = ROW_TOP + MOUNT_ROWS.length * (ROW_HEIGHT + ROW_GAP) + 12

  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg role="img" aria-labelledby={`${ID}-title ${ID}-desc`} viewBox={`0 0 480 ${resultsTop + 56}`} width="100%"
        style={{ maxWidth: 560, display: 'block', margin: '0 auto' }}>
        <title id={`${ID}-title`}>Dove può scrivere un container con --read-only</title>
        <desc id={`${ID}-desc`}>
          In un container avviato con --read-only la radice, cioè i layer dell&apos;immagine, è in sola lettura. La
          directory /tmp montata con --tmpfs è scrivibile ma vive in memoria e si perde quando il container si ferma.
          Una directory dell&apos;host montata con :ro, come /usr/share/nginx/html, resta in sola lettura. Un volume con
          nome montato senza :ro, come /data, è scrivibile e persistente. Scrivere in /tmp/file riesce, scrivere in
          /file fallisce con Read-only file system.
        </desc>

        {MOUNT_ROWS.map((row, index) => <MountBox key={row.path} row={row} index={index} />)}

        <text x={20} y={resultsTop + 16} fill="var(--ok)" fontSize={14} fontFamily="var(--font-mono)">
          ✓ echo &quot;whatever&quot; &gt; /tmp/file
        </text>
        <text x={20} y={resultsTop + 42} fill="var(--err)" fontSize={14} fontFamily="var(--font-mono)">
          ✗ echo &quot;whatever&quot; &gt; /file
        </text>
      </svg>
      <figcaption>
        Con <code>--read-only</code> il container scrive solo dove glielo permetti esplicitamente: le tmpfs e i volumi
        montati senza <code>:ro</code>.
      </figcaption>
    </figure>
  )
}
