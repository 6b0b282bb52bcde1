import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { exportedRoutes } from './helpers/csp'

// Site-wide accessibility: axe on every exported route in both colour
// schemes (colour contrast included), a keyboard-only walk through a lesson
// with a visible focus indicator, and reduced motion.

const ROUTES = exportedRoutes()

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`axe ${colorScheme} ${route}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto(route)
      await page.waitForLoadState('networkidle')

      expect(await seriousViolations(page)).toEqual([])
    })
  }
}

/** Describes the focused element and whether it shows a focus indicator (outline or box shadow). */
async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return null

    const style = getComputedStyle(element)
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const rect = element.getBoundingClientRect()
    return {
      label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      indicated: outlined || style.boxShadow !== 'none',
      visible: rect.width > 0 && rect.height > 0,
    }
  })
}

test('skip link moves focus to the content', async ({ page }) => {
  await page.goto('/lezioni/health-check/')
  await page.keyboard.press('Tab')

  const skipLink = page.getByRole('link', { name: 'Vai al contenuto' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#contenuto$/)
})

test('keyboard walk shows focus on every stop', async ({ page }) => {
  await page.goto('/lezioni/health-check/')
  await page.waitForLoadState('networkidle')
  const missing: string[] = []

  for (let stop = 0; stop < 40; stop += 1) {
    await page.keyboard.press('Tab')
    const focused = await focusedElement(page)
    if (!focused) continue
    if (!focused.indicated || !focused.visible) missing.push(focused.label)
  }

  expect(missing).toEqual([])
})

test('keyboard reaches search and the terminal', async ({ page }) => {
  await page.goto('/lezioni/health-check/')
  await page.waitForLoadState('networkidle')

  const search = page.getByRole('button', { name: /^Cerca/ })
  await search.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Cerca nelle lezioni' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(search).toBeFocused()

  const start = page.getByRole('button', { name: 'Avvia il terminale' }).first()
  await start.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.xterm')).toBeVisible()
})

test('reduced motion turns off transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/lezioni/health-check/')

  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        const style = getComputedStyle(element)
        const transitions = style.transitionDuration.split(',').some((value) => parseFloat(value) > 0)
        return transitions || style.animationName !== 'none'
      })
      .map((element) => element.tagName.toLowerCase() + (element.className ? `.${String(element.className)}` : '')),
  )
  expect(moving).toEqual([])
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto')
})
