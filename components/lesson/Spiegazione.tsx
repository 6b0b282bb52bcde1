import type { ReactNode } from 'react'

/**
 * Renders the explanation a teacher gives aloud for one section. Lesson pages show it
 * inline; slide mode moves it into the speaker notes.
 */
export function Spiegazione({ children }: { children: ReactNode }) {
  return <div data-role="spiegazione">{children}</div>
}
