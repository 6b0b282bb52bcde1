'use client'

import { useEffect } from 'react'
import { progressStore } from '@/lib/progress/client'
import { useProgressHydrated } from '@/lib/progress/hooks'

/**
 * Marks a lesson section as visited when its H2 heading scrolls into view.
 * Renders nothing, and needs the lesson's headings on the same page.
 */
export function SectionVisitTracker({ slug }: { slug: string }) {
  useProgressHydrated()

  useEffect(() => {
    const headings = [...document.querySelectorAll<HTMLHeadingElement>('article h2[id]')]
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return

    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) progressStore.getState().markSectionVisited(slug, entry.target.id)
      }
    })
    headings.forEach((heading) => observer.observe(heading))
    return () => observer.disconnect()
  }, [slug])

  return null
}
