import { useId } from 'react'
import { buildRequest, initialFiles } from './build-request'
import type { DockerfileEditorProps } from './editor-props'
import { editorRows, HighlightedDockerfile } from './HighlightedDockerfile'
import { editorText } from './strings'
import styles from './editor.module.css'

/**
 * Renders the editor's stand-in on the server: the same title, tabs, highlighted
 * Dockerfile, rows and lint panel as InteractiveDockerfileEditor, so nothing
 * moves when the editor replaces it. Until then the Dockerfile is read-only
 * and the controls are aria-disabled: LazyMount repeats a focus or a press on
 * them in the editor.
 */
export function EditorPlaceholder({ dockerfile, files = {}, directory = 'progetto', tag = 'mia-immagine', title = 'Dockerfile' }: DockerfileEditorProps) {
  const baseId = useId()
  const contents = initialFiles(dockerfile, files)
  const request = buildRequest(directory, tag, contents)

  return (
    <section className={styles.editor} aria-label={editorText.regionLabel(title)} aria-busy="true">
      <div className={styles.header}>
        <h3 className={styles.title}>{title}</h3>
        <div role="tablist" aria-label={editorText.filesLabel} className={styles.tabs}>
          {contents.map((file, index) => (
            <button
              key={file.name}
              type="button"
              role="tab"
              id={`${baseId}-tab-${index}`}
              aria-selected={index === 0}
              aria-controls={`${baseId}-panel`}
              className={styles.tab}
              aria-disabled="true"
            >
              {file.name}
            </button>
          ))}
        </div>
      </div>

      <div className={styles.area} role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-0`}>
        <pre className={styles.highlight} aria-hidden="true" data-editor-highlight>
          <HighlightedDockerfile text={dockerfile} />
        </pre>
        <textarea
          className={styles.input}
          defaultValue={dockerfile}
          readOnly
          aria-disabled="true"
          aria-label={editorText.editorLabel('Dockerfile')}
          spellCheck={false}
          wrap="off"
          rows={editorRows(dockerfile)}
        />
      </div>

      <div className={styles.actions}>
        <button type="button" className={styles.build} aria-disabled="true">
          {editorText.build}
        </button>
        <button type="button" className={styles.reset} aria-disabled="true">
          {editorText.reset}
        </button>
        <code className={styles.command}>{request.command}</code>
      </div>
      <p role="status" className={styles.status}>
        {editorText.loading}
      </p>

      <div className={styles.lint} role="region" aria-labelledby={`${baseId}-lint`}>
        <h4 id={`${baseId}-lint`} className={styles.lintTitle}>
          {editorText.lintTitle}
        </h4>
        <p className={styles.lintSummary}>{editorText.lintLoading}</p>
      </div>
    </section>
  )
}
