import { expect, test } from '@playwright/test'
import { LAB_STATE_BACKUP_KEY_PREFIX, labStateKey } from '../lib/lab-persistence'
import { advanceClock, pauseClock, runInTerminal, startLab, waitForHealth, waitForTerminalText } from './helpers/lab'

// The lab's engine state survives a reload: the student starts the lab again
// and finds the same containers, with the same IDs and health status.

const LESSON_PATH = '/lezioni/health-check/'
const STATE_KEY = labStateKey(LESSON_PATH)
const RUN_WEB = "docker run -d --name web --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 5s nginx"
const PS_HEADER = /^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/

test('lab state survives a reload until restarted', async ({ page }) => {
  await page.goto(`${LESSON_PATH}?test`)
  await startLab(page)
  await pauseClock(page)

  const id = await runInTerminal(page, RUN_WEB)
  expect(id).toMatch(/^[0-9a-f]{64}$/)
  await advanceClock(page, 1)
  await waitForHealth(page, 'web', 'healthy')
  const before = await runInTerminal(page, 'docker ps')
  expect(before).toContain(id.slice(0, 12))
  expect(before).toMatch(/\(healthy\)\s+80\/tcp\s+web$/)

  await page.reload()
  await expect(page.getByRole('button', { name: 'Avvia il terminale' })).toBeVisible()
  await startLab(page)
  await waitForTerminalText(page, 'Laboratorio ripristinato: 2 comandi rieseguiti.')
  await waitForHealth(page, 'web', 'healthy')
  const after = await runInTerminal(page, 'docker ps')
  const row = after.split('\n')[1] ?? ''
  expect(row.startsWith(id.slice(0, 12))).toBe(true)
  expect(row).toMatch(/\(healthy\)\s+80\/tcp\s+web$/)

  await page.getByRole('button', { name: 'Ricomincia da capo' }).click()
  await waitForTerminalText(page, 'Laboratorio ricominciato da capo.')
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused()
  expect(await runInTerminal(page, 'docker ps')).toMatch(PS_HEADER)
  await expect(page.locator('li[data-container="web"]')).toHaveCount(0)

  // The restarted lab is saved too: only its own `docker ps` comes back.
  await page.reload()
  await startLab(page)
  await waitForTerminalText(page, 'Laboratorio ripristinato: 1 comando rieseguito.')
  expect(await runInTerminal(page, 'docker ps')).toMatch(PS_HEADER)
})

test('corrupt lab state is set aside', async ({ page }) => {
  await page.goto(`${LESSON_PATH}?test`)
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"container-sicuri-engine-state"'), STATE_KEY)

  await startLab(page)

  await waitForTerminalText(page, 'Impossibile ripristinare il laboratorio salvato')
  const backups = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => localStorage.getItem(key)),
    LAB_STATE_BACKUP_KEY_PREFIX,
  )
  expect(backups).toEqual(['{"format":"container-sicuri-engine-state"'])
  expect(await runInTerminal(page, 'docker ps')).toMatch(PS_HEADER)
})
