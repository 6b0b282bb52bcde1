'use client'

import { useEffect, useId, useRef, useState } from 'react'
import type { LintFinding } from '@/engine/lint'
import { useLabBus } from '@/lib/lab-bus'
import { buildRequest, initialFiles, type EditorFile } from './build-request'
import type { DockerfileEditorProps } from './editor-props'
import { editorRows, HighlightedDockerfile } from './HighlightedDockerfile'
import { editorText, SEVERITY_TEXT } from './strings'
import styles from './editor.module.css'

/** Delay between the last keystroke and the next lint run, in ms. */
const LINT_DELAY_MS = 250

/** Lints the Dockerfile after each pause in typing; the linter module loads on first use. */
function useLint(source: string): LintFinding[] | undefined {
  const [findings, setFindings] = useState<LintFinding[] | undefined>(undefined)

  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(() => {
      void import('@/engine/lint').then(({ lintDockerfile }) => {
        if (!cancelled) setFindings(lintDockerfile(source))
      })
    }, LINT_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [source])

  return findings
}

/** Renders the editable Dockerfile with its lint panel. DockerfileEditor.tsx loads it lazily. */
export default function InteractiveDockerfileEditor({ dockerfile, files = {}, directory = 'progetto', tag = 'mia-immagine', title = 'Dockerfile' }: DockerfileEditorProps) {
  const [contents, setContents] = useState<EditorFile[]>(() => initialFiles(dockerfile, files))
  const [selected, setSelected] = useState(0)
  const [sent, setSent] = useState(false)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const highlightRef = useRef<HTMLPreElement>(null)
  const baseId = useId()

  const current = contents[selected]!
  const isDockerfile = selected === 0
  const findings = useLint(contents[0]!.content)
  const request = buildRequest(directory, tag, contents)

  const edit = (content: string) => {
    setSent(false)
    setContents((previous) => previous.map((file, index) => (index === selected ? { ...file, content } : file)))
  }

  const syncScroll = () => {
    const textarea = textareaRef.current
    const highlight = highlightRef.current
    if (!textarea || !highlight) return
    highlight.scrollTop = textarea.scrollTop
    highlight.scrollLeft = textarea.scrollLeft
  }

  const goToLine = (line: number) => {
    setSelected(0)
    requestAnimationFrame(() => {
      const textarea = textareaRef.current
      if (!textarea) return
      const offset = textarea.value.split('\n').slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0)
      textarea.focus()
      textarea.setSelectionRange(offset, offset)
    })
  }

  // Arrow keys move between the file tabs, as in the WAI-ARIA tabs pattern.
  const moveTab = (key: string, index: number) => {
    const steps: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 }
    const step = steps[key]
    if (step === undefined) return
    const next = (index + step + contents.length) % contents.length
    setSelected(next)
    document.getElementById(`${baseId}-tab-${next}`)?.focus()
  }

  const build = () => {
    useLabBus.getState().requestRun(request.command, request.files)
    setSent(true)
  }

  const reset = () => {
    setContents(initialFiles(dockerfile, files))
    setSent(false)
  }

  return (
    <section className={styles.editor} aria-label={editorText.regionLabel(title)}>
      <div className={styles.header}>
        <h3 className={styles.title}>{title}</h3>
        <div role="tablist" aria-label={editorText.filesLabel} className={styles.tabs}>
          {contents.map((file, index) => (
            <button
              key={file.name}
              type="button"
              role="tab"
              id={`${baseId}-tab-${index}`}
              aria-selected={index === selected}
              aria-controls={`${baseId}-panel`}
              tabIndex={index === selected ? 0 : -1}
              className={styles.tab}
              onClick={() => setSelected(index)}
              onKeyDown={(event) => moveTab(event.key, index)}
            >
              {file.name}
            </button>
          ))}
        </div>
      </div>

      <div className={styles.area} role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${selected}`}>
        <pre ref={highlightRef} className={styles.highlight} aria-hidden="true" data-editor-highlight>
          {isDockerfile ? <HighlightedDockerfile text={current.content} /> : `${current.content} `}
        </pre>
        <textarea
          ref={textareaRef}
          className={styles.input}
          value={current.content}
          onChange={(event) => edit(event.target.value)}
          onScroll={syncScroll}
          aria-label={editorText.editorLabel(current.name)}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          wrap="off"
          rows={editorRows(current.content)}
        />
      </div>

      <div className={styles.actions}>
        <button type="button" className={styles.build} onClick={build} title={editorText.buildHint(request.command)}>
          {editorText.build}
        </button>
        <button type="button" className={styles.reset} onClick={reset}>
          {editorText.reset}
        </button>
        <code className={styles.command}>{request.command}</code>
      </div>
      <p role="status" className={styles.status}>
        {sent ? editorText.sent(directory) : ''}
      </p>

      <LintPanel findings={findings} onGoToLine={goToLine} />
    </section>
  )
}

function LintPanel({ findings, onGoToLine }: { findings: LintFinding[] | undefined; onGoToLine: (line: number) => void }) {
  const headingId = useId()
  let summary: string = editorText.lintLoading
  if (findings !== undefined) summary = findings.length === 0 ? editorText.lintClean : editorText.lintCount(findings.length)

  return (
    <div className={styles.lint} aria-labelledby={headingId} role="region">
      <h4 id={headingId} className={styles.lintTitle}>
        {editorText.lintTitle}
      </h4>
      <p className={styles.lintSummary} aria-live="polite">
        {summary}
      </p>
      {findings && findings.length > 0 ? (
        <ul className={styles.findings}>
          {findings.map((finding, index) => (
            <li key={`${finding.code}-${finding.line}-${index}`} className={styles[`severity-${finding.severity}`]}>
              <button type="button" className={styles.line} onClick={() => onGoToLine(finding.line)}>
                {editorText.lintLine(finding.line)}
              </button>{' '}
              <strong>{finding.code}</strong> ({SEVERITY_TEXT[finding.severity]}): {finding.explanation}
              {finding.lessonHref ? (
                <>
                  {' '}
                  <a href={finding.lessonHref}>{editorText.lessonLink}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
