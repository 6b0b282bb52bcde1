interface TlsParty {
  x: number
  title: string
  role: string
  files: string[]
}

const TLS_PARTIES: TlsParty[] = [
  { x: 10, title: 'Server', role: 'dockerd', files: ['server-key.pem', 'server-cert.pem', 'ca.pem'] },
  { x: 210, title: 'Client', role: 'docker', files: ['key.pem', 'cert.pem', 'ca.pem'] },
]

const VERIFICATIONS = [
  { check: 'dockerd verifica cert.pem con ca.pem', setting: '--tlsverify' },
  { check: 'docker verifica server-cert.pem con ca.pem', setting: 'DOCKER_TLS_VERIFY=1' },
]

/** Draws mutual TLS for the Docker daemon, where one CA signs both certificates and each side verifies the other. */
export function TlsCertificates() {
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg
        role="img"
        aria-labelledby="tls-certificates-title tls-certificates-desc"
        viewBox="0 0 400 450"
        width="100%"
        style={{ maxWidth: 480, display: 'block', margin: '0 auto' }}
        fontSize="15"
      >
        <title id="tls-certificates-title">Certificati TLS per il daemon Docker</title>
        <desc id="tls-certificates-desc">
          Una CA, con la chiave privata ca-key.pem e il certificato ca.pem, firma due certificati. Il server dockerd
          riceve server-key.pem e server-cert.pem; il client docker riceve key.pem e cert.pem. Entrambi hanno una
          copia di ca.pem. Client e server si collegano con TLS sulla porta 2376: il daemon verifica il certificato
          del client e il client verifica il certificato del daemon, entrambi con ca.pem.
        </desc>
        <defs>
          <marker id="tls-certificates-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
          </marker>
        </defs>

        <rect x="100" y="10" width="200" height="82" rx="8" fill="var(--code-bg)" stroke="var(--accent)" strokeWidth="2" />
        <text x="200" y="34" textAnchor="middle" fill="var(--accent)" fontWeight="bold">CA</text>
        <text x="200" y="58" textAnchor="middle" fill="var(--fg)" fontSize="14" fontFamily="var(--font-mono)">ca-key.pem</text>
        <text x="200" y="80" textAnchor="middle" fill="var(--fg)" fontSize="14" fontFamily="var(--font-mono)">ca.pem</text>

        <line x1="160" y1="92" x2="100" y2="148" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#tls-certificates-arrow)" />
        <line x1="240" y1="92" x2="300" y2="148" stroke="var(--fg)" strokeWidth="2" markerEnd="url(#tls-certificates-arrow)" />
        <text x="200" y="128" textAnchor="middle" fill="var(--muted)" fontSize="14">firma</text>

        {TLS_PARTIES.map((party) => (
          <g key={party.title}>
            <rect x={party.x} y="152" width="180" height="140" rx="8" fill="var(--code-bg)" stroke="var(--fg)" />
            <text x={party.x + 90} y="178" textAnchor="middle" fill="var(--fg)">
              <tspan fontWeight="bold">{party.title}</tspan> · {party.role}
            </text>
            {party.files.map((file, index) => (
              <text
                key={file}
                x={party.x + 90}
                y={210 + index * 26}
                textAnchor="middle"
                fill="var(--fg)"
                fontSize="14"
                fontFamily="var(--font-mono)"
              >
                {file}
              </text>
            ))}
          </g>
        ))}

        <line
          x1="100"
          y1="300"
          x2="300"
          y2="300"
          stroke="var(--ok)"
          strokeWidth="2"
          markerStart="url(#tls-certificates-arrow)"
          markerEnd="url(#tls-certificates-arrow)"
        />
        <text x="200" y="326" textAnchor="middle" fill="var(--ok)" fontSize="14" fontWeight="bold">
          TLS reciproco, porta 2376
        </text>

        {VERIFICATIONS.map((verification, index) => (
          <g key={verification.setting}>
            <text x="200" y={362 + index * 52} textAnchor="middle" fill="var(--fg)" fontSize="14">
              ✓ {verification.check}
            </text>
            <text x="200" y={384 + index * 52} textAnchor="middle" fill="var(--muted)" fontSize="13" fontFamily="var(--font-mono)">
              {verification.setting}
            </text>
          </g>
        ))}
      </svg>
      <figcaption style={{ color: 'var(--muted)', fontSize: '0.9rem', textAlign: 'center', marginTop: '0.5rem' }}>
        Una sola CA firma il certificato del daemon e quello del client; ognuna delle due parti controlla l&apos;altra.
      </figcaption>
    </figure>
  )
}
