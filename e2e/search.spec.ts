import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { startLab } from './helpers/lab'

// The search dialog over the Pagefind index that `npm run build` writes to out/pagefind/.

/** Presses `key` until the dialog opens: a key pressed before hydration has no listener yet. */
async function openSearchWith(page: Page, key: string) {
  const dialog = page.getByRole('dialog', { name: 'Cerca nelle lezioni' })
  await expect(async () => {
    await page.keyboard.press(key)
    await expect(dialog).toBeVisible({ timeout: 500 })
  }).toPass()
}

test('Ctrl-K opens search with focus in the field', async ({ page }) => {
  await page.goto('/')
  await openSearchWith(page, 'Control+K')

  await expect(page.getByRole('dialog', { name: 'Cerca nelle lezioni' })).toBeVisible()
  await expect(page.getByLabel('Parole da cercare')).toBeFocused()
})

test('slash opens search and Escape closes it', async ({ page }) => {
  await page.goto('/lezioni/health-check/')
  await openSearchWith(page, '/')
  const dialog = page.getByRole('dialog', { name: 'Cerca nelle lezioni' })

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('header button opens search', async ({ page }) => {
  await page.goto('/progressi/')
  await page.getByRole('button', { name: /^Cerca/ }).click()

  await expect(page.getByRole('dialog', { name: 'Cerca nelle lezioni' })).toBeVisible()
})

test('query lists lessons and sections', async ({ page }) => {
  await page.goto('/')
  await openSearchWith(page, 'Control+K')
  await page.getByLabel('Parole da cercare').fill('FailingStreak')

  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('status')).toHaveText(/\d+ risultat/)
  const hrefs = await dialog.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(hrefs.some((href) => href?.startsWith('/lezioni/health-check/'))).toBe(true)
  expect(hrefs.some((href) => /^\/lezioni\/[^/]+\/#.+/.test(href ?? ''))).toBe(true)
  await expect(dialog.locator('mark').first()).toBeVisible()
})

test('section result opens the section', async ({ page }) => {
  await page.goto('/')
  await openSearchWith(page, 'Control+K')
  await page.getByLabel('Parole da cercare').fill('HEALTHCHECK')

  const sectionLink = page.getByRole('dialog').locator('a[href*="#"]').first()
  await expect(sectionLink).toBeVisible()
  const href = (await sectionLink.getAttribute('href')) ?? ''
  await sectionLink.click()

  const [pathname, id] = href.split('#')
  await expect(page).toHaveURL(new RegExp(`${pathname}#${id}$`))
  await expect(page.locator(`[id="${id}"]`)).toBeAttached()
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('query with no match says so', async ({ page }) => {
  await page.goto('/')
  await openSearchWith(page, 'Control+K')
  await page.getByLabel('Parole da cercare').fill('zzqqxxyy')

  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('0 risultati')
})

test('typed markup stays text', async ({ page }) => {
  await page.goto('/')
  await openSearchWith(page, 'Control+K')
  await page.getByLabel('Parole da cercare').fill('<img src=x onerror=alert(1)> nginx')

  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('status')).toHaveText(/\d+ risultat/)
  await expect(dialog.locator('img')).toHaveCount(0)
})

test('slash typed in the terminal stays there', async ({ page }) => {
  await page.goto('/laboratorio/')
  await startLab(page)
  await page.locator('.xterm').click()
  await page.keyboard.type('ls /')

  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.locator('.xterm-rows')).toContainText('ls /')
})

test('open search has no serious axe violations', async ({ page }) => {
  await page.goto('/')
  await openSearchWith(page, 'Control+K')
  await page.getByLabel('Parole da cercare').fill('HEALTHCHECK')
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible()

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious).toEqual([])
})
