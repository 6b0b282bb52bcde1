import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  advanceClock,
  pauseClock,
  runInTerminal,
  startLab,
  waitForHealth,
  waitForPrompt,
  waitForTerminalText,
} from './helpers/lab'

// The deck's nginx health-check lab, typed by hand as a student would.
const RUN_NGINX = "docker run --name nginx --detach --health-cmd='curl --fail http://localhost:80 || exit 1' nginx"
const BREAK_INDEX =
  "docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html /usr/share/nginx/html/index.html.1'"
const RESTORE_INDEX =
  "docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html.1 /usr/share/nginx/html/index.html'"

const HEALTH_FORMAT = "docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' nginx"

/**
 * Presses "Avanza di 30 s" until `inspect` reports `target`, returning every
 * status seen. A probe ends a few milliseconds after its interval, so the
 * exact step that shows a change depends on probe durations.
 */
async function advanceUntilHealth(page: Page, target: RegExp, maxSteps: number): Promise<string[]> {
  const seen: string[] = []
  for (let step = 0; step < maxSteps; step += 1) {
    await advanceClock(page, 1)
    const health = await runInTerminal(page, HEALTH_FORMAT)
    seen.push(health)
    if (target.test(health)) break
  }
  return seen
}

test('nginx goes healthy, unhealthy and back', async ({ page }) => {
  await page.goto('/lezioni/health-check/?test')
  await startLab(page)
  await pauseClock(page)

  const id = await runInTerminal(page, RUN_NGINX)
  expect(id).toMatch(/^[0-9a-f]{64}$/)
  await waitForHealth(page, 'nginx', 'in avvio')
  const starting = await runInTerminal(page, 'docker ps')
  expect(starting).toMatch(/Up Less than a second \(health: starting\)\s+80\/tcp\s+nginx/)

  const untilHealthy = await advanceUntilHealth(page, /^healthy/, 3)
  expect(untilHealthy.at(-1)).toBe('healthy 0')
  await waitForHealth(page, 'nginx', 'healthy')
  expect(await runInTerminal(page, 'docker ps')).toMatch(/Up (\d+ seconds|About a minute) \(healthy\)/)

  expect(await runInTerminal(page, BREAK_INDEX)).toBe('')
  const untilUnhealthy = await advanceUntilHealth(page, /^unhealthy/, 6)
  expect(untilUnhealthy.at(-1)).toBe('unhealthy 3')
  expect(untilUnhealthy).toContain('healthy 1')
  expect(untilUnhealthy).toContain('healthy 2')
  await waitForHealth(page, 'nginx', 'unhealthy')
  expect(await runInTerminal(page, 'docker ps')).toMatch(/\(unhealthy\)/)

  const logs = await runInTerminal(page, 'docker logs nginx')
  expect(logs).toContain('"GET / HTTP/1.1" 403 153 "-" "curl/7.88.1" "-"')
  expect(logs).toContain('directory index of "/usr/share/nginx/html/" is forbidden, client: 127.0.0.1')

  expect(await runInTerminal(page, RESTORE_INDEX)).toBe('')
  const untilRecovered = await advanceUntilHealth(page, /^healthy/, 3)
  expect(untilRecovered.at(-1)).toBe('healthy 0')
  await waitForHealth(page, 'nginx', 'healthy')
  expect(await runInTerminal(page, 'docker ps')).toMatch(/\(healthy\)/)
})

test('run button types the command into the lab', async ({ page }) => {
  await page.goto('/lezioni/health-check/?test')

  const runButtons = page.getByRole('button', { name: 'Esegui nel terminale' })
  await runButtons.first().click()

  await expect(page.locator('.xterm')).toBeVisible()
  await waitForTerminalText(page, 'docker run --name nginx --detach')
  await waitForPrompt(page)
  await waitForHealth(page, 'nginx', 'in avvio')
})

test('health-check lesson with lab has no serious axe violations', async ({ page }) => {
  await page.goto('/lezioni/health-check/?test')
  await startLab(page)

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious).toEqual([])
})
