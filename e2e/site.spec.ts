import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const LESSON_SLUGS = [
  'sicurezza-host',
  'sicurezza-immagini',
  'best-practice-immagini',
  'sicurezza-runtime',
  'health-check',
  'apptainer',
]

async function expectNoSeriousAxeViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  const summary = serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}

test('home lists six lessons in deck order', async ({ page }) => {
  await page.goto('/')

  await expect(page.locator('html')).toHaveAttribute('lang', 'it')
  const links = page.locator('main ol li h3 a')
  await expect(links).toHaveCount(6)
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
  expect(hrefs).toEqual(LESSON_SLUGS.map((slug) => `/lezioni/${slug}/`))
})

test('home has no serious axe violations', async ({ page }) => {
  await page.goto('/')
  await expectNoSeriousAxeViolations(page)
})

for (const slug of LESSON_SLUGS) {
  test(`lesson ${slug} renders without 404`, async ({ page }) => {
    const response = await page.goto(`/lezioni/${slug}/`)

    expect(response?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByRole('navigation', { name: 'Lezione precedente e successiva' })).toBeVisible()
  })
}
