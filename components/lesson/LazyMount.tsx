'use client'

import { Component, Suspense, useEffect, useRef, useState, type ReactNode, type SyntheticEvent } from 'react'
import styles from './lazy-mount.module.css'

/**
 * How far beyond the viewport a widget starts loading: one viewport height
 * above and below, so that it is usually ready before it scrolls into view.
 */
const PRELOAD_MARGIN = '100% 0px'

/** Elements of a placeholder that the widget can take over: focus moves to, and a click is repeated on, their twin. */
const INTERACTIVE = 'button, textarea, input, select, a[href]'

export interface LazyMountProps {
  /**
   * Server-rendered stand-in with the widget's title, its size and the text
   * "Caricamento…". Its controls carry `aria-disabled="true"` until the
   * widget replaces it.
   */
  placeholder: ReactNode
  /** The widget, usually a `React.lazy` component, rendered once the placeholder comes near the viewport. */
  children: ReactNode
}

/** A placeholder control the student focused or pressed before the widget loaded. */
interface PendingAction {
  tagName: string
  label: string
  click: boolean
}

/**
 * Keeps a heavy lesson widget out of the page's first-view JavaScript. The
 * widget loads when its placeholder comes within PRELOAD_MARGIN of the
 * viewport, or when the pointer or the keyboard focus reaches it. A control
 * focused or pressed in the placeholder meanwhile is focused, or pressed,
 * again in the widget once it has loaded.
 */
export function LazyMount({ placeholder, children }: LazyMountProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const pending = useRef<PendingAction | null>(null)
  const [requested, setRequested] = useState(false)

  useEffect(() => {
    const container = containerRef.current
    if (requested || !container) return
    return observeNearViewport(container, () => setRequested(true))
  }, [requested])

  const request = () => setRequested(true)

  const remember = (event: SyntheticEvent, click: boolean) => {
    const control = (event.target as Element).closest(INTERACTIVE)
    if (!control || control.getAttribute('aria-disabled') !== 'true') return
    pending.current = { tagName: control.tagName, label: controlLabel(control), click: click || pending.current?.click === true }
    setRequested(true)
  }

  const replayPending = () => {
    const action = pending.current
    pending.current = null
    const container = containerRef.current
    if (!action || !container) return

    // Removing the focused placeholder control leaves the focus on <body>. If
    // the student has moved on to another element meanwhile, leave it there.
    const focused = document.activeElement
    if (focused && focused !== document.body && !container.contains(focused)) return

    const twin = [...container.querySelectorAll<HTMLElement>(INTERACTIVE)].find(
      (element) => element.tagName === action.tagName && controlLabel(element) === action.label,
    )
    if (!twin || twin.getAttribute('aria-disabled') === 'true') return
    twin.focus()
    if (action.click) twin.click()
  }

  return (
    <div
      ref={containerRef}
      data-lazy-widget={requested ? 'requested' : 'waiting'}
      onPointerEnter={request}
      onFocusCapture={(event) => remember(event, false)}
      onClickCapture={(event) => remember(event, true)}
    >
      {requested ? (
        <LoadErrorBoundary>
          <Suspense fallback={placeholder}>
            {children}
            <OnMount run={replayPending} />
          </Suspense>
        </LoadErrorBoundary>
      ) : (
        placeholder
      )}
    </div>
  )
}

/**
 * Calls `onNear` once `element` is within PRELOAD_MARGIN of the viewport and
 * shown. Returns the function that stops observing.
 */
function observeNearViewport(element: Element, onNear: () => void): () => void {
  let near = false
  const callIfShown = () => {
    if (near && getComputedStyle(element).visibility !== 'hidden') onNear()
  }

  const intersection = new IntersectionObserver(
    (entries) => {
      near = entries.some((entry) => entry.isIntersecting)
      callIfShown()
    },
    { rootMargin: PRELOAD_MARGIN },
  )
  intersection.observe(element)

  // Slide mode stacks every slide on the stage and hides all but the current
  // one with `visibility: hidden`, so they all intersect the viewport. A
  // widget there waits until its slide becomes the current one.
  const slideChange = new MutationObserver(callIfShown)
  const slide = element.closest('[data-slide]')
  if (slide) slideChange.observe(slide, { attributes: true, attributeFilter: ['data-state'] })

  return () => {
    intersection.disconnect()
    slideChange.disconnect()
  }
}

function controlLabel(element: Element): string {
  return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''
}

/** Runs `run` after the content of its Suspense boundary has been committed. */
function OnMount({ run }: { run: () => void }) {
  useEffect(run, [run])
  return null
}

interface LoadErrorBoundaryState {
  failed: boolean
}

/** Replaces a widget that failed to load (offline, a newer deploy) or to render with a message. */
class LoadErrorBoundary extends Component<{ children: ReactNode }, LoadErrorBoundaryState> {
  state: LoadErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): LoadErrorBoundaryState {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children

    return (
      <p role="alert" className={styles.failed}>
        Non è stato possibile mostrare questo elemento della lezione. Controlla la connessione e ricarica la pagina.
      </p>
    )
  }
}
