import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { runInTerminal, startLab } from './helpers/lab'

// The deck's read-only example, then a privileged container: the panel beside
// the terminal must follow each docker run.
const READ_ONLY_RUN = "docker run --read-only --tmpfs /tmp alpine sh -c 'echo \"whatever\" > /tmp/file'"
const PRIVILEGED_RUN = 'docker run -d --name risky --privileged nginx'

test('security panel follows each docker run', async ({ page }) => {
  await page.goto('/laboratorio/?test')
  await startLab(page)

  const panel = page.getByTestId('run-audit')
  const score = panel.getByTestId('run-audit-score')
  await expect(panel.getByRole('heading', { name: 'Sicurezza dell’ultimo docker run' })).toBeVisible()
  await expect(panel).toContainText('Nessun docker run finora')

  await runInTerminal(page, READ_ONLY_RUN)
  await expect(score).toBeVisible()
  const readOnlyScore = Number(await score.textContent())
  await expect(panel.locator('[data-check="5.5"]')).toHaveCount(0)

  await runInTerminal(page, PRIVILEGED_RUN)
  await expect(score).not.toHaveText(String(readOnlyScore))
  const privilegedScore = Number(await score.textContent())
  expect(privilegedScore).toBeLessThan(readOnlyScore)

  await panel.locator('summary').click()
  const privilegedFinding = panel.locator('[data-check="5.5"]')
  await expect(privilegedFinding).toBeVisible()
  await expect(privilegedFinding).toContainText('Ensure that privileged containers are not used')
  await expect(privilegedFinding).toContainText('Togli --privileged')

  await expect(panel.getByRole('status')).toContainText(`${privilegedScore} su 100`)
})

test('security panel fits on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/laboratorio/?test')
  await startLab(page)
  await runInTerminal(page, PRIVILEGED_RUN)

  const panel = page.getByTestId('run-audit')
  await panel.locator('summary').click()
  const box = await panel.boundingBox()
  expect(box).not.toBeNull()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(375)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`security panel passes axe in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/laboratorio/?test')
    await startLab(page)
    await runInTerminal(page, PRIVILEGED_RUN)
    await page.getByTestId('run-audit').locator('summary').click()

    const results = await new AxeBuilder({ page }).include('[data-testid="run-audit"]').withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
