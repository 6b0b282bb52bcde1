import { expect, test, type Locator, type Page } from '@playwright/test'
import { findExercise } from '../exercises'
import { findQuestion } from '../exercises/quiz/index'
import type { Question } from '../exercises/quiz/schema'
import { waitForPrompt } from './helpers/lab'

// A student who uses only the keyboard (Tab, Shift+Tab, Enter, Space, the
// arrow keys and typing) solves an exercise in the lab and answers a whole
// quiz. No test here clicks, fills or focuses an element directly.

const LESSON_PATH = '/lezioni/health-check/'
const COMPLETED = 'Complimenti, hai raggiunto tutti gli obiettivi.'
/** Upper bound on the presses that reach one element, so a missing target fails the test instead of looping. */
const MAX_TAB_PRESSES = 800

/** Presses `key` (Tab by default) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await target.waitFor({ state: 'attached' })
  for (let presses = 0; presses < MAX_TAB_PRESSES; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(key)
  }
  throw new Error(`${MAX_TAB_PRESSES} presses of ${key} did not reach ${String(target)}`)
}

async function focusedValue(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)
}

test('exercise solved with the keyboard alone', async ({ page }) => {
  const exercise = findExercise('hc-options')!
  await page.goto(`${LESSON_PATH}?test`)
  const card = page.locator('[data-exercise="hc-options"]')

  await tabTo(page, card.getByRole('button', { name: "Inizia l'esercizio" }))
  await page.keyboard.press('Enter')
  await expect(card.locator('[data-goal-met="false"]').first()).toBeVisible()

  // The lab comes after this exercise on the page, so Tab reaches its terminal.
  await tabTo(page, page.locator('[data-lab-card] .xterm-helper-textarea'))
  await waitForPrompt(page)
  for (const line of exercise.solution) {
    await page.keyboard.type(line)
    await page.keyboard.press('Enter')
    await waitForPrompt(page)
  }

  await expect(card.getByRole('status')).toHaveText(COMPLETED)
  await expect(card.locator('[data-goal-met="false"]')).toHaveCount(0)
  // xterm.js's screen-reader mode reads new output through its live region: here the container ID.
  const liveRegion = page.locator('[data-lab-card] .xterm .live-region')
  await expect(liveRegion).toHaveAttribute('aria-live', 'assertive')
  await expect(liveRegion).toHaveText(/\b[0-9a-f]{64}\b/)
})

test('terminal is left with Escape then Tab', async ({ page }) => {
  await page.goto(`${LESSON_PATH}?test`)
  const lab = page.locator('[data-lab-card]')

  await tabTo(page, lab.getByRole('button', { name: 'Avvia il terminale' }))
  await page.keyboard.press('Enter')
  await waitForPrompt(page)
  await expect(lab.locator('.xterm-helper-textarea')).toBeFocused()

  const terminal = lab.locator('.xterm-helper-textarea')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(terminal).not.toBeFocused()
  const movedForward = await terminal.evaluate(
    (element) => document.activeElement !== null && (element.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  )
  expect(movedForward).toBe(true)

  await page.keyboard.press('Shift+Tab')
  await expect(terminal).toBeFocused()
})

test('quiz answered with the keyboard alone', async ({ page }) => {
  await page.goto(LESSON_PATH)
  const quiz = page.locator('[data-quiz="health-check"]')

  await tabTo(page, quiz.getByRole('button', { name: 'Inizia la verifica' }))
  await page.keyboard.press('Enter')
  const cards = quiz.locator('[data-question-id]')
  await expect(cards).toHaveCount(8)

  for (let index = 0; index < 8; index++) {
    const card = cards.nth(index)
    const id = (await card.getAttribute('data-question-id')) ?? ''
    const question = findQuestion(id)
    if (!question) throw new Error(`The page shows question ${id}, which is not in the bank`)
    await answerWithKeys(page, card, question)
  }

  await tabTo(page, quiz.getByRole('button', { name: 'Consegna le risposte' }))
  await page.keyboard.press('Enter')
  const summary = quiz.getByTestId('quiz-summary')
  await expect(summary).toHaveAttribute('role', 'status')
  await expect(summary).toContainText('Verifica superata!')
  await expect(summary).toContainText('8 domande su 8 (100%)')
})

async function answerWithKeys(page: Page, card: Locator, question: Question): Promise<void> {
  switch (question.type) {
    case 'single':
      await chooseRadio(page, card, question.options.find((option) => option.correct)!.id)
      return
    case 'true-false':
      await chooseRadio(page, card, question.answer ? 'vero' : 'falso')
      return
    case 'multiple':
      for (const option of question.options.filter((candidate) => candidate.correct)) {
        const checkbox = card.locator(`input[value="${option.id}"]`)
        await tabTo(page, checkbox)
        await page.keyboard.press('Space')
        await expect(checkbox).toBeChecked()
      }
      return
    case 'command':
      await tabTo(page, card.getByRole('textbox', { name: 'Comando' }))
      await page.keyboard.type(question.expected)
      return
    case 'order':
      await sortWithKeys(page, card, question.lines.map((line) => line.text))
  }
}

/** Tabs into the radio group and moves through it with ArrowDown until `value` is checked. */
async function chooseRadio(page: Page, card: Locator, value: string): Promise<void> {
  const radios = card.locator('input[type="radio"]')
  await tabTo(page, radios.first())

  const count = await radios.count()
  for (let step = 0; step < count && (await focusedValue(page)) !== value; step++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await expect(card.locator(`input[value="${value}"]`)).toBeChecked()
}

/** Moves each line up with its "Sposta su" button, pressed with Enter, until the list matches `solution`. */
async function sortWithKeys(page: Page, card: Locator, solution: string[]): Promise<void> {
  for (let target = 0; target < solution.length; target++) {
    const displayedLines = await card.locator('ol li code').allTextContents()
    const position = displayedLines.indexOf(solution[target] ?? '')
    if (position <= target) continue

    // The button moves with its line, so it keeps the focus between presses.
    await tabTo(page, card.locator('ol li').nth(position).getByRole('button', { name: /^Sposta su/ }))
    for (let moves = position; moves > target; moves--) await page.keyboard.press('Enter')
  }
  await expect(card.locator('ol li code')).toHaveText(solution)
}
