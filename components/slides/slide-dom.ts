// DOM helpers for the sections that mdx/rehype-sections.mjs emits. The
// sections belong to the server-rendered lesson, so slide mode only sets
// what the MDX output leaves unset (data-state, data-fit, inert and the
// --slide-fit style property). React diffs props, not the DOM, so a
// re-render of the lesson does not undo them.
import { computeFitScale, STAGE_HEIGHT } from '@/lib/slides/stage'
import type { SlideOutline } from '@/lib/slides/titles'

export function findSlides(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(':scope > [data-slide]'))
}

export function findSlideBody(slide: HTMLElement): HTMLElement | null {
  return slide.querySelector<HTMLElement>(':scope > [data-slide-body]')
}

/**
 * Shows the slide at `current` and hides the others. Hidden slides stay
 * mounted (a lab keeps its terminal and engine) but are `inert`, so they
 * take no focus and leave the accessibility tree.
 */
export function applySlideStates(slides: readonly HTMLElement[], current: number): void {
  slides.forEach((slide, index) => {
    let state = 'current'
    if (index < current) state = 'past'
    if (index > current) state = 'future'

    slide.dataset.state = state
    slide.inert = state !== 'current'
  })
}

const FIT_PROPERTY = '--slide-fit'
const MAX_FIT_PASSES = 3

interface PendingFit {
  slide: HTMLElement
  body: HTMLElement
  fit: number
}

/**
 * Scales each slide's body down until it fits the stage height. A body is
 * laid out wider as it shrinks (see slides.css), so its text reflows and its
 * height changes; a few passes settle it. Each pass reads every height before
 * it writes any scale, so a deck costs one layout per pass, not one per slide.
 */
export function fitSlides(slides: readonly HTMLElement[]): void {
  let pending: PendingFit[] = []
  for (const slide of slides) {
    const body = findSlideBody(slide)
    if (body) pending.push({ slide, body, fit: 1 })
    else slide.dataset.fit = '1'
  }

  for (const entry of pending) entry.body.style.setProperty(FIT_PROPERTY, '1')
  const settled: PendingFit[] = []

  for (let pass = 0; pass < MAX_FIT_PASSES && pending.length > 0; pass += 1) {
    const heights = pending.map((entry) => entry.body.offsetHeight)
    const shrinking: PendingFit[] = []

    pending.forEach((entry, index) => {
      const next = computeFitScale(heights[index]! * entry.fit, STAGE_HEIGHT) * entry.fit
      if (next >= entry.fit) {
        settled.push(entry)
        return
      }
      entry.fit = Math.floor(next * 1000) / 1000
      entry.body.style.setProperty(FIT_PROPERTY, String(entry.fit))
      shrinking.push(entry)
    })
    pending = shrinking
  }

  for (const entry of [...settled, ...pending]) entry.slide.dataset.fit = String(entry.fit)
}

export function readSlideOutlines(slides: readonly HTMLElement[]): SlideOutline[] {
  return slides.map((slide) => ({
    kind: slide.dataset.slide ?? 'section',
    heading: findSlideBody(slide)?.querySelector(':scope > h2')?.textContent?.trim() || null,
  }))
}

/** Deep-copies a node for a preview, without ids, so the page keeps unique ids. */
export function clonePreview<T extends Element>(node: T): T {
  const copy = node.cloneNode(true) as T
  copy.removeAttribute('id')
  copy.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'))
  return copy
}

/** HTML of the slide's speaker notes (its `<Spiegazione>` blocks), or '' when it has none. */
export function readNotesHtml(slide: HTMLElement): string {
  const notes = slide.querySelectorAll<HTMLElement>('[data-role="spiegazione"]')
  return Array.from(notes, (note) => clonePreview(note).innerHTML).join('\n')
}
