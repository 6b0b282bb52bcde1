import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { LESSONS } from '../lib/lessons/catalog'
import { extractToc } from '../lib/lessons/load'

// Every lesson as rendered for a student: the H2 headings of its MDX source in
// order, every code block highlighted by Shiki, and every diagram named for
// assistive technology.

for (const lesson of LESSONS) {
  const source = fs.readFileSync(`content/lessons/${lesson.slug}.mdx`, 'utf8')
  const expectedHeadings = extractToc(source)

  test(`lesson ${lesson.slug} shows its headings in order`, async ({ page }) => {
    await page.goto(`/lezioni/${lesson.slug}/`)

    const headings = page.locator('article h2')
    const ids = await headings.evaluateAll((elements) => elements.map((element) => element.id))
    expect(ids).toEqual(expectedHeadings.map((heading) => heading.id))

    const tocLinks = page.getByRole('navigation', { name: 'In questa lezione' }).getByRole('link')
    await expect(tocLinks).toHaveCount(expectedHeadings.length)
  })

  test(`lesson ${lesson.slug} highlights every code block`, async ({ page }) => {
    await page.goto(`/lezioni/${lesson.slug}/`)

    // The Dockerfile editor draws its own highlighting layer, which is not a lesson code block.
    const blocks = page.locator('article pre:not([data-editor-highlight])')
    expect(await blocks.count()).toBeGreaterThan(0)
    const unhighlighted = await blocks.evaluateAll((elements) =>
      elements.filter((element) => !element.classList.contains('shiki')).map((element) => element.textContent?.slice(0, 60)),
    )
    expect(unhighlighted).toEqual([])
  })

  test(`lesson ${lesson.slug} names every diagram`, async ({ page }) => {
    await page.goto(`/lezioni/${lesson.slug}/`)

    const names = await page.locator('article svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
        const label = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ')
        return label || svg.getAttribute('aria-label') || ''
      }),
    )
    expect(names.filter((name) => name.length === 0)).toEqual([])
  })
}

test('Apptainer comparison is a real table', async ({ page }) => {
  await page.goto('/lezioni/apptainer/')

  const table = page.locator('article table').first()
  await expect(table.locator('th').first()).toBeVisible()
  await expect(table).toContainText('Senza daemon, formato a file singolo')
  await expect(table).toContainText('Client-server con daemon')
})

test('every required diagram appears in its lesson', async ({ page }) => {
  const required: Record<string, number> = {
    'sicurezza-host': 3,
    'sicurezza-immagini': 1,
    'best-practice-immagini': 1,
    'health-check': 1,
    apptainer: 1,
  }
  for (const [slug, minimum] of Object.entries(required)) {
    await page.goto(`/lezioni/${slug}/`)
    expect(await page.locator('article figure svg[role="img"]').count(), slug).toBeGreaterThanOrEqual(minimum)
  }
})
