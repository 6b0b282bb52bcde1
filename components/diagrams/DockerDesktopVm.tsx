const CONTAINER_COLUMNS = [44, 152, 260]

/** Draws Docker Desktop on Windows or macOS, where the CLI on the host talks to a daemon inside a Linux VM. */
export function DockerDesktopVm() {
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg
        role="img"
        aria-labelledby="docker-desktop-vm-title docker-desktop-vm-desc"
        viewBox="0 0 400 440"
        width="100%"
        style={{ maxWidth: 480, display: 'block', margin: '0 auto' }}
        fontSize="15"
      >
        <title id="docker-desktop-vm-title">Docker su Windows e macOS</title>
        <desc id="docker-desktop-vm-desc">
          Sul computer Windows o macOS gira solo il client, la Docker CLI. I comandi arrivano come richieste API
          REST a una macchina virtuale Linux. Dentro la VM si trovano il socket /var/run/docker.sock, il daemon
          dockerd che gira come root e i container che il daemon crea.
        </desc>
        <defs>
          <marker id="docker-desktop-vm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
          </marker>
        </defs>

        <rect x="5" y="5" width="390" height="430" rx="12" fill="none" stroke="var(--border)" strokeWidth="2" />
        <text x="20" y="30" fill="var(--muted)" fontWeight="bold">Windows o macOS</text>

        <rect x="30" y="42" width="340" height="58" rx="8" fill="var(--code-bg)" stroke="var(--fg)" />
        <text x="200" y="66" textAnchor="middle" fill="var(--fg)" fontWeight="bold">Docker CLI</text>
        <text x="200" y="89" textAnchor="middle" fill="var(--fg)" fontSize="14" fontFamily="var(--font-mono)">
          docker ps, docker run …
        </text>

        <line x1="200" y1="100" x2="200" y2="158" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#docker-desktop-vm-arrow)" />
        <text x="212" y="134" fill="var(--fg)" fontSize="14">richieste API REST</text>

        <rect x="20" y="162" width="360" height="262" rx="10" fill="none" stroke="var(--accent)" strokeWidth="2" strokeDasharray="6 4" />
        <text x="36" y="186" fill="var(--accent)" fontWeight="bold">VM Linux</text>
        <text x="364" y="186" textAnchor="end" fill="var(--muted)" fontSize="13">WSL 2 / Virtualization</text>

        <rect x="40" y="198" width="320" height="44" rx="6" fill="var(--code-bg)" stroke="var(--fg)" />
        <text x="200" y="226" textAnchor="middle" fill="var(--fg)" fontFamily="var(--font-mono)">/var/run/docker.sock</text>

        <line x1="200" y1="242" x2="200" y2="270" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#docker-desktop-vm-arrow)" />

        <rect x="40" y="274" width="320" height="48" rx="6" fill="none" stroke="var(--err)" strokeWidth="2" />
        <text x="200" y="303" textAnchor="middle" fill="var(--fg)">
          <tspan fontWeight="bold">dockerd</tspan> · daemon Docker, gira come root
        </text>

        {CONTAINER_COLUMNS.map((x) => (
          <g key={x}>
            <line x1={x + 48} y1="322" x2={x + 48} y2="350" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#docker-desktop-vm-arrow)" />
            <rect x={x} y="354" width="96" height="50" rx="6" fill="var(--code-bg)" stroke="var(--ok)" strokeWidth="2" />
            <text x={x + 48} y="384" textAnchor="middle" fill="var(--fg)" fontSize="14">container</text>
          </g>
        ))}
      </svg>
      <figcaption style={{ color: 'var(--muted)', fontSize: '0.9rem', textAlign: 'center', marginTop: '0.5rem' }}>
        Su Windows e macOS la CLI resta sul tuo sistema; socket, daemon e container vivono nella VM Linux.
      </figcaption>
    </figure>
  )
}
