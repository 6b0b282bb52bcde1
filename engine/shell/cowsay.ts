// cowsay, lolcat and fortune as the lolcow image has them (Ubuntu 16.04
// packages). The Apptainer runtime and the container shell share them.

import type { Program } from './types'

/** The one fortune the simulated `fortune` prints. */
export const FORTUNE = 'Q: How many Oregonians does it take to screw in a light bulb?\nA: Three.  One to screw in the light bulb and two to fend off all those\n   Californians trying to share the experience.\n'

/** cowsay's speech bubble (width 40) and cow. */
export function cowsay(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  const lines: string[] = []
  for (const word of words) {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= 39) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const width = Math.max(...lines.map((line) => line.length))
  const bubble =
    lines.length === 1
      ? [`< ${lines[0]} >`]
      : lines.map((line, index) => {
          const [open, close] = index === 0 ? ['/', '\\'] : index === lines.length - 1 ? ['\\', '/'] : ['|', '|']
          return `${open} ${line.padEnd(width)} ${close}`
        })
  return [` ${'_'.repeat(width + 2)}`, ...bubble, ` ${'-'.repeat(width + 2)}`, '        \\   ^__^', '         \\  (oo)\\_______', '            (__)\\       )\\/\\', '                ||----w |', '                ||     ||', ''].join('\n')
}

/** lolcat's rainbow: one 256-colour foreground per character, shifting along each line. */
export function rainbow(text: string): string {
  const colours = [214, 208, 203, 198, 163, 129, 93, 63, 33, 39, 44, 49, 48, 83, 118, 154, 184]
  return text
    .split('\n')
    .map((line, row) => [...line].map((char, column) => (char === ' ' ? char : `\x1b[38;5;${colours[(row + Math.floor(column / 2)) % colours.length]}m${char}`)).join('') + (line === '' ? '' : '\x1b[0m'))
    .join('\n')
}

/** The lolcow image's programs for the container shell: cowsay takes its text from the arguments, else stdin. */
export const COWSAY_PROGRAMS: Record<string, Program> = {
  cowsay: (ctx) => {
    const words = ctx.argv.slice(1)
    ctx.write(cowsay(words.length > 0 ? words.join(' ') : ctx.stdin))
    return 0
  },
  lolcat: (ctx) => {
    ctx.write(ctx.stdoutIsTTY ? rainbow(ctx.stdin) : ctx.stdin)
    return 0
  },
  fortune: (ctx) => {
    ctx.write(FORTUNE)
    return 0
  },
}
