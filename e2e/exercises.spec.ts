import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { findExercise } from '../exercises'
import { advanceClock, readTerminal, runInTerminal, waitForPrompt } from './helpers/lab'

// One exercise per lesson, solved in the browser with its reference
// solution: the goals turn green, the completion is announced, and the
// progress survives a reload.

const COMPLETED = 'Complimenti, hai raggiunto tutti gli obiettivi.'
const CLOCK_STEP_S = 30

const EXERCISE_IDS = ['hc-nginx-curl', 'rt-limits', 'host-socket-permissions', 'img-user', 'bp-one-run', 'app-pull']

/**
 * Returns the exercise's interactive card. The page first shows a placeholder
 * (aria-busy) that the card replaces when it comes near the viewport, so this
 * scrolls to it and waits for the card.
 */
async function loadedExerciseCard(page: Page, id: string): Promise<Locator> {
  // The wrapper stays in the DOM when the card replaces the placeholder, so the scroll cannot lose its element.
  await page.locator('[data-lazy-widget]', { has: page.locator(`[data-exercise="${id}"]`) }).scrollIntoViewIfNeeded()
  const card = page.locator(`[data-exercise="${id}"]:not([aria-busy="true"])`)
  await expect(card).toBeVisible()
  return card
}

/** Runs the solution; a `sleep N` step presses "Avanza di 30 s" instead, as a student would. */
async function runSolution(page: Page, solution: readonly string[]): Promise<void> {
  for (const line of solution) {
    const sleep = /^sleep (\d+)$/.exec(line)
    if (sleep) await advanceClock(page, Math.ceil(Number(sleep[1]) / CLOCK_STEP_S))
    else await runInTerminal(page, line, 60_000)
  }
}

/** Waits for the terminal that the exercise opened, or reopened after undo or reset. */
async function waitForLab(page: Page): Promise<void> {
  await expect(page.locator('.xterm')).toBeVisible()
  await waitForPrompt(page)
  await expect.poll(() => readTerminal(page)).not.toBe('')
}

// The clock keeps running: `docker build` waits longer than a paused clock lets a command wait.
async function startExercise(page: Page, id: string): Promise<Locator> {
  const card = await loadedExerciseCard(page, id)
  await card.getByRole('button', { name: "Inizia l'esercizio" }).click()
  await waitForLab(page)
  return card
}

for (const id of EXERCISE_IDS) {
  test(`exercise ${id} completes and stays completed`, async ({ page }) => {
    test.setTimeout(120_000)
    const exercise = findExercise(id)!
    await page.goto(`/lezioni/${exercise.lesson}/?test`)

    const card = await startExercise(page, id)
    await expect(card.locator('[data-goal-met="false"]').first()).toBeVisible()

    await runSolution(page, exercise.solution)
    await expect(card.getByRole('status')).toHaveText(COMPLETED)
    await expect(card.locator('[data-goal-met="false"]')).toHaveCount(0)

    await page.reload()
    await expect((await loadedExerciseCard(page, id)).getByText('Hai già completato questo esercizio.')).toBeVisible()
  })
}

test('undo restores the state before the last command', async ({ page }) => {
  const exercise = findExercise('rt-limits')!
  await page.goto(`/lezioni/${exercise.lesson}/?test`)

  const card = await startExercise(page, 'rt-limits')
  await runSolution(page, exercise.solution)
  await expect(card.locator('[data-goal-met="false"]')).toHaveCount(0)

  await runInTerminal(page, 'docker rm -f limitato')
  await expect(card.locator('[data-goal-met="false"]').first()).toBeVisible()

  await card.getByRole('button', { name: "Annulla l'ultimo comando" }).click()
  await expect(card.getByRole('status')).toHaveText(COMPLETED)
  await waitForLab(page)
  expect(await runInTerminal(page, "docker ps --format '{{.Names}}'")).toBe('limitato')

  await card.getByRole('button', { name: 'Ricomincia' }).click()
  await expect(card.locator('[data-goal-met="false"]')).toHaveCount(3)
})

test('hints and solution are recorded as progress', async ({ page }) => {
  await page.goto('/lezioni/sicurezza-runtime/?test')
  const card = await loadedExerciseCard(page, 'rt-ports')

  const solution = card.getByText('docker run -d --name locale -p 127.0.0.1:8080:80 nginx').first()
  const firstHint = card.getByText('accetta anche', { exact: false })

  await card.getByRole('button', { name: 'Suggerimento' }).click()
  await expect(firstHint).toBeVisible()
  await expect(solution).toHaveCount(0)
  await card.getByRole('button', { name: 'Mostra soluzione' }).click()
  await expect(solution).toBeVisible()

  await page.reload()
  await loadedExerciseCard(page, 'rt-ports')
  await expect(firstHint).toBeVisible()
  await expect(solution).toBeVisible()

  await page.goto('/progressi/')
  const row = page.getByRole('row', { name: /rt-ports/ })
  await expect(row).toContainText('1')
  await expect(row).toContainText('Sì')
})

test('started exercise has no serious axe violations', async ({ page }) => {
  await page.goto('/lezioni/sicurezza-runtime/?test')
  const card = await startExercise(page, 'rt-limits')
  await card.getByRole('button', { name: 'Suggerimento' }).click()
  await card.getByRole('button', { name: 'Mostra soluzione' }).click()

  const results = await new AxeBuilder({ page }).include('[data-exercise]').withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious).toEqual([])
})
