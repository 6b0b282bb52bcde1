import type { CSSProperties } from 'react'

const WIDTH = 360
const MARGIN = 8
const ROW_HEIGHT = 32
const ROW_GAP = 8

const monoText: CSSProperties = { fill: 'var(--fg)', fontFamily: 'var(--font-mono)', fontSize: 14 }
const bodyText: CSSProperties = { fill: 'var(--fg)', fontSize: 16 }
const mutedText: CSSProperties = { fill: 'var(--muted)', fontSize: 16 }

interface StageRow {
  label: string
  /** False for rows that stay in the build stage, which are drawn dashed and muted. */
  reachesFinalImage: boolean
}

const BUILD_ROWS: StageRow[] = [
  { label: 'Compilatore e toolchain di Go', reachesFinalImage: false },
  { label: 'Sorgenti del progetto', reachesFinalImage: false },
  { label: 'Cache dei moduli Go', reachesFinalImage: false },
  { label: 'File intermedi di compilazione', reachesFinalImage: false },
  { label: '/out/server: il binario compilato', reachesFinalImage: true },
]

const FINAL_ROWS: StageRow[] = [
  { label: 'Base distroless: circa 2 MiB', reachesFinalImage: true },
  { label: '/server: copiato dallo stage build', reachesFinalImage: true },
]

interface Stage {
  heading: string
  /** The FROM line, split where it would overflow a phone-width box. */
  fromLines: string[]
  rows: StageRow[]
}

const BUILD_STAGE: Stage = {
  heading: 'Stage 1: build',
  fromLines: ['FROM golang:1.23-bookworm AS build'],
  rows: BUILD_ROWS,
}

const FINAL_STAGE: Stage = {
  heading: 'Stage 2: immagine finale',
  fromLines: ['FROM gcr.io/distroless/', '     static-debian12:nonroot'],
  rows: FINAL_ROWS,
}

function headerHeight(stage: Stage): number {
  return 46 + stage.fromLines.length * 20
}

function stageHeight(stage: Stage): number {
  return headerHeight(stage) + stage.rows.length * (ROW_HEIGHT + ROW_GAP) + 4
}

function StageBox({ y, stage }: { y: number; stage: Stage }) {
  const rowsY = y + headerHeight(stage)

  return (
    <g>
      <rect x={MARGIN} y={y} width={WIDTH - 2 * MARGIN} height={stageHeight(stage)} rx={8}
        style={{ fill: 'var(--code-bg)', stroke: 'var(--border)', strokeWidth: 1.5 }} />
      <text x={MARGIN + 12} y={y + 26} style={{ ...bodyText, fontWeight: 700 }}>{stage.heading}</text>
      {stage.fromLines.map((line, index) => (
        <text key={line} x={MARGIN + 12} y={y + 50 + index * 20} style={monoText} xmlSpace="preserve">{line}</text>
      ))}
      {stage.rows.map((row, index) => (
        <StageRowBox key={row.label} row={row} y={rowsY + index * (ROW_HEIGHT + ROW_GAP)} />
      ))}
    </g>
  )
}

function StageRowBox({ row, y }: { row: StageRow; y: number }) {
  const outline: CSSProperties = row.reachesFinalImage
    ? { stroke: 'var(--ok)', strokeWidth: 2 }
    : { stroke: 'var(--muted)', strokeWidth: 1.2, strokeDasharray: '5 4' }

  return (
    <g>
      <rect x={MARGIN + 12} y={y} width={WIDTH - 2 * MARGIN - 24} height={ROW_HEIGHT} rx={5}
        style={{ fill: 'var(--bg)', ...outline }} />
      <text x={MARGIN + 24} y={y + 20} style={row.reachesFinalImage ? bodyText : mutedText}>{row.label}</text>
    </g>
  )
}

function CopyArrow({ fromY, toY }: { fromY: number; toY: number }) {
  const x = WIDTH / 2

  return (
    <g>
      <line x1={x} y1={fromY} x2={x} y2={toY - 8} style={{ stroke: 'var(--accent)', strokeWidth: 2.5 }} />
      <polygon points={`${x - 7},${toY - 10} ${x + 7},${toY - 10} ${x},${toY}`} style={{ fill: 'var(--accent)' }} />
      <text x={x + 12} y={(fromY + toY) / 2 + 5} style={{ ...monoText, fill: 'var(--accent)' }}>COPY --from=build</text>
    </g>
  )
}

/** Diagram of a two-stage Go build in which only the compiled binary reaches the final image. */
export function MultiStageBuild() {
  const buildY = 8
  const finalY = buildY + stageHeight(BUILD_STAGE) + 56
  const height = finalY + stageHeight(FINAL_STAGE) + 36

  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img"
        aria-labelledby="multi-stage-build-title multi-stage-build-desc" style={{ maxWidth: 520, display: 'block' }}>
        <title id="multi-stage-build-title">Build multi-stage: cosa arriva nell&apos;immagine finale</title>
        <desc id="multi-stage-build-desc">
          In alto lo stage build, basato su golang:1.23-bookworm, contiene il compilatore Go, i sorgenti, la cache
          dei moduli e i file intermedi, che restano tutti fuori dall&apos;immagine finale, più il binario
          /out/server. Una freccia COPY --from=build porta solo il binario nello stage finale, basato su
          gcr.io/distroless/static-debian12:nonroot, che contiene la base distroless e /server. Solo lo stage finale
          diventa l&apos;immagine distribuita.
        </desc>
        <StageBox y={buildY} stage={BUILD_STAGE} />
        <CopyArrow fromY={buildY + stageHeight(BUILD_STAGE)} toY={finalY} />
        <StageBox y={finalY} stage={FINAL_STAGE} />
        <text x={MARGIN} y={height - 12} style={mutedText}>Tratteggiato: resta fuori dall&apos;immagine</text>
      </svg>
      <figcaption>
        Solo lo stage finale diventa l&apos;immagine: la toolchain e i sorgenti servono a compilare, ma non arrivano in
        produzione.
      </figcaption>
    </figure>
  )
}
