// The terminal's font settings, in a module without xterm.js so that the
// lab's prefetch can load the web font from the lesson's initial JavaScript.

export const FONT_FAMILY = "'JetBrains Mono', ui-monospace, monospace"
export const FONT_SIZE = 15

/** The CSS font shorthand that document.fonts.load needs to fetch the web font. */
export const TERMINAL_FONT = `${FONT_SIZE}px 'JetBrains Mono'`
