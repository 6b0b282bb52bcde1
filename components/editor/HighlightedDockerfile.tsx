import { tokenizeDockerfile } from './highlight'
import styles from './editor.module.css'

/**
 * Renders the coloured layer under the editor's textarea. A trailing space on the
 * last line keeps the layer as tall as the textarea's content.
 */
export function HighlightedDockerfile({ text }: { text: string }) {
  const lines = tokenizeDockerfile(text)

  return (
    <>
      {lines.map((tokens, lineIndex) => (
        <span key={lineIndex}>
          {tokens.map((token, tokenIndex) => (token.kind === 'text' ? token.text : <span key={tokenIndex} className={styles[token.kind]}>{token.text}</span>))}
          {lineIndex < lines.length - 1 ? '\n' : ' '}
        </span>
      ))}
    </>
  )
}

/** Returns the textarea's height in rows for `content`: one spare line, and at least six. */
export function editorRows(content: string): number {
  return Math.max(6, content.split('\n').length + 1)
}
