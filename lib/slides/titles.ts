// Titles of the slides for the overview, the presenter view and the
// screen-reader announcement.

/** Kind and heading of one `<section data-slide>`. */
export interface SlideOutline {
  /** The `data-slide` value set by mdx/rehype-sections.mjs. */
  kind: string
  /** Text of the section's H2, or null when it has none. */
  heading: string | null
}

/**
 * Names every slide: the intro is the lesson title, a section its heading,
 * and a continued slide the heading before it followed by "(continua)".
 */
export function deriveSlideTitles(outlines: readonly SlideOutline[], lessonTitle: string): string[] {
  const titles: string[] = []
  let lastHeading = lessonTitle

  for (const outline of outlines) {
    if (outline.kind === 'intro') {
      titles.push(lessonTitle)
    } else if (outline.heading) {
      lastHeading = outline.heading
      titles.push(outline.heading)
    } else {
      titles.push(`${lastHeading} (continua)`)
    }
  }
  return titles
}
