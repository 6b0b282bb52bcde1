'use client'

import Link from 'next/link'
import { useCallback, useEffect, useRef, useState } from 'react'
import { type ExcerptRun, type SearchResult, loadPagefind, searchLessons } from './pagefind'
import styles from './search.module.css'

type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; results: SearchResult[] }
  | { status: 'unavailable' }

/** Header button and modal dialog that search the lessons; Ctrl-K or `/` opens it. */
export function SearchDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [query, setQuery] = useState('')
  const [state, setState] = useState<SearchState>({ status: 'idle' })

  const open = useCallback(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    dialog.showModal()
    loadPagefind().catch(() => setState({ status: 'unavailable' }))
  }, [])

  function changeQuery(value: string) {
    setQuery(value)
    if (value.trim() === '') setState({ status: 'idle' })
  }

  useOpenShortcut(open)
  useSearch(query, setState)

  return (
    <>
      <button type="button" className={styles.trigger} onClick={open} aria-keyshortcuts="Control+K /">
        Cerca <kbd>Ctrl K</kbd>
      </button>
      <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="ricerca-titolo">
        <form method="dialog" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <h2 id="ricerca-titolo" className={styles.title}>
            Cerca nelle lezioni
          </h2>
          <label htmlFor="ricerca-testo">Parole da cercare</label>
          <input
            id="ricerca-testo"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => changeQuery(event.target.value)}
          />
          <button type="button" className={styles.close} onClick={() => dialogRef.current?.close()}>
            Chiudi
          </button>
        </form>
        <SearchResults state={state} onNavigate={() => dialogRef.current?.close()} />
      </dialog>
    </>
  )
}

// Ctrl-K (Cmd-K on macOS) anywhere except in the terminal, where it is the
// shell's kill-line, and `/` when focus is not in a text field.
function useOpenShortcut(open: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest('.xterm')) return

      const isCtrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'
      const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextField(target)
      if (!isCtrlK && !isSlash) return

      event.preventDefault()
      open()
    }

    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])
}

function isTextField(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLElement && element.isContentEditable) return true
  return element.matches('input, textarea, select')
}

function useSearch(query: string, setState: (state: SearchState) => void) {
  useEffect(() => {
    const trimmed = query.trim()
    if (trimmed === '') return

    let current = true
    const timer = setTimeout(() => {
      setState({ status: 'searching' })
      searchLessons(trimmed).then(
        (results) => current && setState({ status: 'done', results }),
        () => current && setState({ status: 'unavailable' }),
      )
    }, 150)

    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query, setState])
}

function SearchResults({ state, onNavigate }: { state: SearchState; onNavigate: () => void }) {
  return (
    <div className={styles.results}>
      <p role="status" className={styles.status}>
        {statusText(state)}
      </p>
      {state.status === 'done' && state.results.length > 0 ? (
        <ul>
          {state.results.map((result) => (
            <li key={result.url}>
              <Link href={result.url} onClick={onNavigate} className={styles.page}>
                {result.title}
              </Link>
              <Excerpt runs={result.excerpt} />
              {result.sections.length > 0 ? (
                <ul className={styles.sections}>
                  {result.sections.map((section) => (
                    <li key={section.url}>
                      <Link href={section.url} onClick={onNavigate}>
                        {section.title}
                      </Link>
                      <Excerpt runs={section.excerpt} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function statusText(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return 'Scrivi una parola, per esempio «HEALTHCHECK».'
    case 'searching':
      return 'Ricerca in corso…'
    case 'unavailable':
      return 'Indice di ricerca non disponibile: viene creato da «npm run build».'
    case 'done':
      return state.results.length === 1 ? '1 risultato' : `${state.results.length} risultati`
  }
}

function Excerpt({ runs }: { runs: ExcerptRun[] }) {
  return (
    <p className={styles.excerpt}>
      {runs.map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </p>
  )
}
