import { expect, type Locator, type Page } from '@playwright/test'

// Helpers for driving the lab (terminal, container panel, clock controls) in
// Playwright. The lab exposes its xterm.js instance as
// `window.__containerSicuriTerminal` under `next dev` or when the URL has
// `?test`, and the helpers read the terminal text from its buffer. Without
// it they fall back to the rendered rows. Those show only the visible screen
// and split a wrapped line into rows, so add `?test` to static-export URLs.

// The terminal element carries data-command-running="true" while a command runs.
const IDLE_TERMINAL = '[data-command-running="false"]'

/** Starts the lab if its card still shows the start button, and waits for the prompt. */
export async function startLab(page: Page): Promise<void> {
  const startButton = page.getByRole('button', { name: 'Avvia il terminale' })
  if (await startButton.isVisible()) await startButton.click()

  await expect(page.locator('.xterm')).toBeVisible()
  await waitForPrompt(page)
  // The prompt is written right after the terminal opens; wait until it shows.
  await expect.poll(() => readTerminal(page)).not.toBe('')
}

/** Returns the terminal text, one row per line, with trailing blank rows removed. */
export async function readTerminal(page: Page): Promise<string> {
  const fromBuffer = await page.evaluate(() => {
    const terminal = window.__containerSicuriTerminal
    if (!terminal) return null

    const buffer = terminal.buffer.active
    const rows: string[] = []
    for (let index = 0; index < buffer.length; index += 1) {
      const line = buffer.getLine(index)
      if (!line) continue
      // Rows wrapped by xterm.js continue the previous line.
      if (line.isWrapped && rows.length > 0) rows[rows.length - 1] += line.translateToString(true)
      else rows.push(line.translateToString(true))
    }
    return rows.join('\n')
  })

  if (fromBuffer !== null) return fromBuffer.replace(/\s+$/, '')

  // The DOM renderer draws parsed output on the next animation frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const rendered = await page.locator('.xterm-rows').innerText()
  return rendered.replace(/\u00a0/g, ' ').replace(/\s+$/, '')
}

/** Waits until no command is running and the terminal shows its prompt. */
export async function waitForPrompt(page: Page, timeout = 10_000): Promise<void> {
  await expect(page.locator(IDLE_TERMINAL)).toBeAttached({ timeout })
}

/**
 * Types `command` into the terminal, presses Enter and waits for the next
 * prompt. Returns the command's output: the rows between the command line
 * and the new prompt.
 */
export async function runInTerminal(page: Page, command: string, timeout?: number): Promise<string> {
  const before = await readTerminal(page)
  await typeInTerminal(page, command)
  // Enter starts the command synchronously, so the running flag is already
  // set (or the command already done) when press() returns.
  await page.keyboard.press('Enter')
  await waitForPrompt(page, timeout)

  const rows = (await readTerminal(page)).slice(before.length).split('\n')
  return rows.slice(1, -1).join('\n')
}

/** Focuses the terminal and types `text` without pressing Enter. */
export async function typeInTerminal(page: Page, text: string): Promise<void> {
  await page.locator('.xterm').click()
  await page.keyboard.type(text)
}

/** Waits until the terminal contains `text` (a string or a pattern). */
export async function waitForTerminalText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await expect.poll(() => readTerminal(page), { timeout, message: `terminal shows ${String(text)}` }).toMatch(
    typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text,
  )
}

/** Returns the container panel's entry for the container named `name`. */
export function containerEntry(page: Page, name: string): Locator {
  return page.locator(`li[data-container="${name}"]`)
}

/** Waits until the panel shows `name` with a STATUS matching `status`. */
export async function waitForContainerStatus(
  page: Page,
  name: string,
  status: string | RegExp,
  timeout = 10_000,
): Promise<void> {
  await expect(containerEntry(page, name)).toContainText(status, { timeout })
}

/** Waits until the panel's health badge of `name` reads `label` (`in avvio`, `healthy`, `unhealthy`). */
export async function waitForHealth(page: Page, name: string, label: string, timeout = 10_000): Promise<void> {
  await expect(containerEntry(page, name).locator('[data-health]')).toHaveText(new RegExp(`${label}$`), { timeout })
}

/** Moves the virtual clock forward `times` × 30 s with the "Avanza di 30 s" button. */
export async function advanceClock(page: Page, times = 1): Promise<void> {
  const button = page.getByRole('button', { name: 'Avanza di 30 s' })
  for (let step = 0; step < times; step += 1) await button.click()
}

/** Pauses the virtual clock if it is running. */
export async function pauseClock(page: Page): Promise<void> {
  const pause = page.getByRole('button', { name: 'Pausa' })
  if (await pause.isVisible()) await pause.click()
  await expect(page.getByRole('button', { name: 'Riprendi' })).toBeVisible()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
