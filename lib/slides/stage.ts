// Geometry of the slide stage. A slide is laid out on a fixed 16:9 canvas
// and scaled as a whole, so a slide looks the same in a window, in the
// presenter preview and on a printed page. 1536 × 864 CSS pixels is
// 16in × 9in at the CSS ratio of 96px per inch, the printed page size.

export const STAGE_WIDTH = 1536
export const STAGE_HEIGHT = 864

/** Scale that fits the stage inside a box while keeping 16:9. Zero for an empty box. */
export function computeStageScale(boxWidth: number, boxHeight: number): number {
  if (boxWidth <= 0 || boxHeight <= 0) return 0
  return Math.min(boxWidth / STAGE_WIDTH, boxHeight / STAGE_HEIGHT)
}

/**
 * Scale that makes content of `contentHeight` fit in `availableHeight`;
 * never enlarges. The result is rounded down to 1/1000 so rounding never
 * leaves a pixel of overflow.
 */
export function computeFitScale(contentHeight: number, availableHeight: number): number {
  if (contentHeight <= availableHeight || contentHeight <= 0) return 1
  return Math.floor((availableHeight / contentHeight) * 1000) / 1000
}

/** Font size of the printed notes column when the notes are short enough. */
export const PRINT_NOTES_FONT_SIZE = 16

// Characters that fit the printed notes column (38% of the page, 16px
// Atkinson Hyperlegible, line-height 1.45): about 65 per line and 35 lines.
// NOTE: an estimate from the average glyph width, not a measurement, so a
// column of unusually wide text can still be cut at the bottom.
const PRINT_NOTES_CAPACITY = 2270

/**
 * Font size, in CSS pixels, that lets notes of `textLength` characters fill
 * the printed notes column. The area text needs grows with the square of the
 * font size, hence the square root.
 */
export function estimateNotesFontSize(textLength: number): number {
  if (textLength <= PRINT_NOTES_CAPACITY) return PRINT_NOTES_FONT_SIZE
  const size = PRINT_NOTES_FONT_SIZE * Math.sqrt(PRINT_NOTES_CAPACITY / textLength)
  return Math.max(8, Math.floor(size * 10) / 10)
}
