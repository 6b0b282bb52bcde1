import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { findQuestion } from '../exercises/quiz/index'
import type { Question } from '../exercises/quiz/schema'
import { BACKUP_KEY_PREFIX, STORAGE_KEY } from '../lib/progress/persisted'
import { emptyProgress, type ProgressData } from '../lib/progress/schema'
import { buildExportFile } from '../lib/progress/transfer'

const LESSON = 'health-check'
const LESSON_PATH = `/lezioni/${LESSON}/`

/** Collects page errors and console errors, such as React hydration mismatches. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return errors
}

async function openQuiz(page: Page, lesson = LESSON) {
  const path = `/lezioni/${lesson}/`
  await page.goto(path)
  const placeholderOrQuiz = page.locator(`[data-quiz="${lesson}"]`)
  test.skip((await placeholderOrQuiz.count()) === 0, `${path} does not contain <Quiz lezione="${lesson}" /> yet`)

  // The quiz replaces its server-rendered placeholder (aria-busy) when it comes
  // near the viewport. The wrapper stays in the DOM across that swap.
  await page.locator('[data-lazy-widget]', { has: placeholderOrQuiz }).scrollIntoViewIfNeeded()
  const quiz = page.locator(`[data-quiz="${lesson}"]:not([aria-busy="true"])`)
  await expect(quiz).toBeVisible()
  return quiz
}

async function startQuiz(page: Page, lesson = LESSON) {
  const quiz = await openQuiz(page, lesson)
  await quiz.getByRole('button', { name: 'Inizia la verifica' }).click()
  await expect(quiz.locator('[data-question-id]')).toHaveCount(8)
  return quiz
}

function questionById(id: string): Question {
  const question = findQuestion(id)
  if (!question) throw new Error(`The page shows question ${id}, which is not in the bank`)
  return question
}

/** Answers every drawn question correctly through the controls a student uses. */
async function answerAllCorrectly(quiz: ReturnType<Page['locator']>) {
  const cards = quiz.locator('[data-question-id]')

  for (let index = 0; index < (await cards.count()); index++) {
    const card = cards.nth(index)
    const question = questionById((await card.getAttribute('data-question-id')) ?? '')
    await answerCorrectly(card, question)
  }
}

async function answerCorrectly(card: ReturnType<Page['locator']>, question: Question) {
  switch (question.type) {
    case 'single':
    case 'multiple':
      for (const option of question.options.filter((candidate) => candidate.correct)) {
        await card.locator(`input[value="${option.id}"]`).check()
      }
      return
    case 'true-false':
      await card.locator(`input[value="${question.answer ? 'vero' : 'falso'}"]`).check()
      return
    case 'command':
      await card.getByRole('textbox', { name: 'Comando' }).fill(question.expected)
      return
    case 'order':
      await sortLines(card, question.lines.map((line) => line.text))
  }
}

/** Moves each line up with "Sposta su" until the list matches `solution`. */
async function sortLines(card: ReturnType<Page['locator']>, solution: string[]) {
  for (let target = 0; target < solution.length; target++) {
    const shown = await card.locator('ol li code').allTextContents()
    let position = shown.indexOf(solution[target] ?? '')
    while (position > target) {
      await card.locator('ol li').nth(position).getByRole('button', { name: /^Sposta su/ }).click()
      position--
    }
  }
}

const ALL_LESSONS = [
  'sicurezza-host',
  'sicurezza-immagini',
  'best-practice-immagini',
  'sicurezza-runtime',
  'health-check',
  'apptainer',
]

for (const lesson of ALL_LESSONS) {
  test(`quiz ${lesson} passes, is saved and survives a reload`, async ({ page }) => {
    const errors = watchErrors(page)
    const quiz = await startQuiz(page, lesson)

    await answerAllCorrectly(quiz)
    await quiz.getByRole('button', { name: 'Consegna le risposte' }).click()

    await expect(quiz.getByTestId('quiz-summary')).toContainText('Verifica superata!')
    await expect(quiz.getByTestId('quiz-summary')).toContainText('8 domande su 8 (100%)')

    await page.reload()
    await expect(page.getByTestId('quiz-best')).toContainText('Miglior risultato: 100% (8 su 8), tentativi: 1.')

    await page.goto('/progressi/')
    await expect(page.getByTestId(`quiz-score-${lesson}`)).toContainText('miglior risultato 100%')
    await expect(page.getByTestId(`lesson-badge-${lesson}`)).toHaveAttribute('data-status', 'completed')
    expect(errors).toEqual([])
  })
}

test('missed questions link to lesson headings', async ({ page }) => {
  const quiz = await startQuiz(page)

  await quiz.getByRole('button', { name: 'Consegna le risposte' }).click()

  await expect(quiz.getByTestId('quiz-summary')).toContainText('Verifica non superata.')
  const links = quiz.getByRole('link', { name: /^Ripassa la sezione/ })
  await expect(links).toHaveCount(8)
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))) {
    const [path, id] = href.split('#')
    expect(path).toBe(LESSON_PATH)
    await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1)
  }
})

test('retry draws a fresh quiz', async ({ page }) => {
  const quiz = await startQuiz(page)
  const firstIds = await quiz.locator('[data-question-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-question-id')))

  await quiz.getByRole('button', { name: 'Consegna le risposte' }).click()
  await quiz.getByRole('button', { name: 'Riprova con nuove domande' }).last().click()

  await expect(quiz.getByTestId('quiz-summary')).toHaveCount(0)
  const secondIds = await quiz.locator('[data-question-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-question-id')))
  expect(secondIds).toHaveLength(8)
  expect(secondIds).not.toEqual(firstIds)
})

test('order question works with the keyboard', async ({ page }) => {
  const quiz = await startQuiz(page)
  const card = quiz.locator('[data-question-type="order"]').first()

  // About half of the draws contain the lesson's order question, so draw again until one does.
  for (let draws = 1; draws < 12 && (await card.count()) === 0; draws++) {
    await quiz.getByRole('button', { name: 'Consegna le risposte' }).click()
    await quiz.getByRole('button', { name: 'Riprova con nuove domande' }).last().click()
  }
  await expect(card).toHaveCount(1)

  const before = await card.locator('ol li code').allTextContents()
  await card.locator('ol li').nth(1).getByRole('button', { name: /^Sposta su/ }).focus()
  await page.keyboard.press('Enter')

  const after = await card.locator('ol li code').allTextContents()
  expect(after[0]).toBe(before[1])
  expect(after[1]).toBe(before[0])
  await expect(card.getByRole('status')).toHaveText(`Riga spostata in posizione 1 di ${before.length}.`)
})

test('corrupt saved progress shows a banner and the app keeps working', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/progressi/')
  // Wait until this page has read storage, so only the reloaded page meets the corrupt value.
  await expect(page.getByTestId(`progress-${LESSON}`)).toBeVisible()
  await page.evaluate((key) => localStorage.setItem(key, '{"state": {"visited": tutto rotto'), STORAGE_KEY)

  await page.reload()

  const banner = page.getByTestId('progress-banner')
  await expect(banner).toContainText('erano illeggibili e sono stati messi da parte')
  const stored = await page.evaluate((prefix) => {
    const backups = Object.keys(localStorage).filter((key) => key.startsWith(prefix))
    return backups.map((key) => localStorage.getItem(key))
  }, BACKUP_KEY_PREFIX)
  expect(stored).toEqual(['{"state": {"visited": tutto rotto'])

  await banner.getByRole('button', { name: 'Chiudi' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.getByTestId(`quiz-score-${LESSON}`)).toHaveText('Verifica: non ancora svolta.')

  await page.getByRole('button', { name: 'Azzera i progressi' }).click()
  await page.getByRole('button', { name: 'Sì, azzera tutto' }).click()
  await expect(page.getByTestId('transfer-outcome')).toHaveText('Progressi azzerati.')
  expect(errors).toEqual([])
})

test('import rejects a bad file with an Italian message', async ({ page }) => {
  await page.goto('/progressi/')

  await page.getByLabel('Importa da un file:').setInputFiles({
    name: 'appunti.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"note": "non sono progressi"}'),
  })

  await expect(page.getByTestId('transfer-outcome')).toHaveText(
    'Importazione non riuscita: Il file non contiene progressi di Container sicuri: manca il campo «format» o è diverso.',
  )
})

test('two tabs do not overwrite each other', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  const firstQuiz = await startQuiz(first)
  const secondQuiz = await startQuiz(second)

  await answerAllCorrectly(firstQuiz)
  await firstQuiz.getByRole('button', { name: 'Consegna le risposte' }).click()
  await expect(firstQuiz.getByTestId('quiz-summary')).toContainText('Verifica superata!')

  // The second tab still has the state it loaded before the first tab's attempt.
  await secondQuiz.getByRole('button', { name: 'Consegna le risposte' }).click()
  await expect(secondQuiz.getByTestId('quiz-summary')).toContainText('Verifica non superata.')

  await first.goto('/progressi/')
  await expect(first.getByTestId(`quiz-score-${LESSON}`)).toContainText('miglior risultato 100% (8 su 8), 2 tentativi.')
})

test('a tab picks up progress saved in another tab', async ({ context }) => {
  const watcher = await context.newPage()
  await watcher.goto('/progressi/')
  await expect(watcher.getByTestId(`quiz-score-${LESSON}`)).toHaveText('Verifica: non ancora svolta.')

  const importer = await context.newPage()
  await importer.goto('/progressi/')
  await expect(importer.getByTestId(`progress-${LESSON}`)).toBeVisible()
  await importer.getByLabel('Importa da un file:').setInputFiles({
    name: 'progressi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(buildExportFile(progressWithPassedQuiz(), Date.UTC(2026, 11, 4))),
  })
  await expect(importer.getByTestId('transfer-outcome')).toContainText('Progressi importati da «progressi.json»')

  await expect(watcher.getByTestId(`quiz-score-${LESSON}`)).toContainText('miglior risultato 88% (7 su 8), 1 tentativo.')
  await expect(watcher.getByTestId(`lesson-badge-${LESSON}`)).toHaveAttribute('data-status', 'completed')
})

function progressWithPassedQuiz(): ProgressData {
  const attempt = {
    id: 'imported-1',
    lesson: LESSON,
    seed: 1,
    finishedAt: Date.UTC(2026, 11, 3),
    correct: 7,
    total: 8,
    questionIds: [],
    missed: [],
  }
  return { ...emptyProgress(), quizzes: { [LESSON]: { attempts: [attempt], best: attempt } } }
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('progress page has no serious axe violations', async ({ page }) => {
  await page.goto('/progressi/')
  await expect(page.getByTestId(`progress-${LESSON}`)).toBeVisible()

  expect(await seriousAxeViolations(page)).toEqual([])
})

test('graded quiz has no serious axe violations', async ({ page }) => {
  const quiz = await startQuiz(page)
  await quiz.getByRole('button', { name: 'Consegna le risposte' }).click()
  await expect(quiz.getByTestId('quiz-summary')).toBeVisible()
  expect(await seriousAxeViolations(page)).toEqual([])
})
