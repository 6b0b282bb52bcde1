interface SocketClient {
  x: number
  label: string
  permissions: string
  allowed: boolean
}

const SOCKET_CLIENTS: SocketClient[] = [
  { x: 10, label: 'root', permissions: 'rw-', allowed: true },
  { x: 140, label: 'gruppo docker', permissions: 'rw-', allowed: true },
  { x: 270, label: 'altri utenti', permissions: '---', allowed: false },
]

const HOST_POWERS = [
  'monta / nel container (-v /:/host)',
  'avvia container --privileged',
  'legge /etc/shadow, cambia /etc/sudoers',
]

/** Draws who can open /var/run/docker.sock (mode srw-rw----, owner root:docker) and what that access grants. */
export function DockerSocketAccess() {
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg
        role="img"
        aria-labelledby="docker-socket-access-title docker-socket-access-desc"
        viewBox="0 0 400 470"
        width="100%"
        style={{ maxWidth: 480, display: 'block', margin: '0 auto' }}
        fontSize="15"
      >
        <title id="docker-socket-access-title">Chi può usare il socket Docker</title>
        <desc id="docker-socket-access-desc">
          Il socket /var/run/docker.sock ha permessi srw-rw---- con proprietario root e gruppo docker. Root e gli
          utenti del gruppo docker hanno lettura e scrittura e possono parlare con il daemon; gli altri utenti non
          hanno permessi e vengono respinti. Il daemon dockerd gira come root, quindi chi raggiunge il socket
          controlla tutto l'host: può montare la radice dell'host in un container, avviare container privilegiati,
          leggere /etc/shadow e modificare /etc/sudoers.
        </desc>
        <defs>
          <marker id="docker-socket-access-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
          </marker>
          <marker id="docker-socket-access-arrow-ok" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--ok)" />
          </marker>
        </defs>

        {SOCKET_CLIENTS.map((client) => (
          <g key={client.label}>
            <rect
              x={client.x}
              y="10"
              width="120"
              height="56"
              rx="8"
              fill="var(--code-bg)"
              stroke={client.allowed ? 'var(--ok)' : 'var(--err)'}
              strokeWidth="2"
            />
            <text x={client.x + 60} y="34" textAnchor="middle" fill="var(--fg)" fontSize="14" fontWeight="bold">
              {client.label}
            </text>
            <text x={client.x + 60} y="55" textAnchor="middle" fill="var(--fg)" fontSize="14" fontFamily="var(--font-mono)">
              {client.permissions}
            </text>
            {client.allowed ? (
              <line
                x1={client.x + 60}
                y1="66"
                x2={client.x + 60}
                y2="124"
                stroke="var(--ok)"
                strokeWidth="2"
                markerEnd="url(#docker-socket-access-arrow-ok)"
              />
            ) : (
              <g>
                <line x1={client.x + 60} y1="66" x2={client.x + 60} y2="96" stroke="var(--err)" strokeWidth="2" strokeDasharray="4 3" />
                <text x={client.x + 60} y="116" textAnchor="middle" fill="var(--err)" fontSize="14" fontWeight="bold">
                  ✕ negato
                </text>
              </g>
            )}
          </g>
        ))}

        <rect x="10" y="128" width="380" height="60" rx="8" fill="var(--code-bg)" stroke="var(--fg)" />
        <text x="200" y="152" textAnchor="middle" fill="var(--fg)" fontFamily="var(--font-mono)">/var/run/docker.sock</text>
        <text x="200" y="176" textAnchor="middle" fill="var(--muted)" fontSize="14" fontFamily="var(--font-mono)">
          srw-rw---- root docker
        </text>

        <line x1="200" y1="188" x2="200" y2="224" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#docker-socket-access-arrow)" />

        <rect x="10" y="228" width="380" height="48" rx="8" fill="none" stroke="var(--err)" strokeWidth="2" />
        <text x="200" y="257" textAnchor="middle" fill="var(--fg)">
          <tspan fontWeight="bold">dockerd</tspan> · gira come root
        </text>

        <line x1="200" y1="276" x2="200" y2="312" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#docker-socket-access-arrow)" />

        <rect x="10" y="316" width="380" height="144" rx="8" fill="none" stroke="var(--err)" strokeWidth="2" strokeDasharray="6 4" />
        <text x="200" y="342" textAnchor="middle" fill="var(--err)" fontWeight="bold">
          = controllo totale dell&apos;host
        </text>
        {HOST_POWERS.map((power, index) => (
          <text key={power} x="30" y={374 + index * 28} fill="var(--fg)" fontSize="14">
            • {power}
          </text>
        ))}
      </svg>
      <figcaption style={{ color: 'var(--muted)', fontSize: '0.9rem', textAlign: 'center', marginTop: '0.5rem' }}>
        Chi può scrivere sul socket comanda un daemon che gira come root: accesso al socket significa root sull&apos;host.
      </figcaption>
    </figure>
  )
}
