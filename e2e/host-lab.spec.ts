import { expect, test } from '@playwright/test'
import { runInTerminal, startLab, typeInTerminal, waitForPrompt, waitForTerminalText } from './helpers/lab'

// The host-security and Apptainer labs in the browser: the same engine as the
// headless runner, driven through the terminal, including a password prompt.

test('socket permissions and audit records in the host lab', async ({ page }) => {
  await page.goto('/lezioni/sicurezza-host/?test')
  await startLab(page)

  expect(await runInTerminal(page, 'ls -l /var/run/docker.sock')).toBe(
    'srw-rw---- 1 root docker 0 Nov 27 10:00 /var/run/docker.sock',
  )
  expect(await runInTerminal(page, 'sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access')).toBe('')
  expect(await runInTerminal(page, 'sudo auditctl -l')).toBe('-w /var/run/docker.sock -p wa -k docker-socket-access')

  expect(await runInTerminal(page, 'sudo chmod 660 /var/run/docker.sock')).toBe('')
  const records = await runInTerminal(page, 'sudo ausearch -k docker-socket-access')
  expect(records).toContain('op=add_rule key="docker-socket-access"')
  expect(records).toContain('name="/var/run/docker.sock"')
  expect(records).toContain('type=SYSCALL')
})

test('a user outside the docker group is refused by the socket', async ({ page }) => {
  await page.goto('/lezioni/sicurezza-host/?test')
  await startLab(page)

  await runInTerminal(page, 'sudo su - mario')
  const refused = await runInTerminal(page, 'docker ps')
  expect(refused).toContain('permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock')
})

test('Apptainer pull and registry login with a password prompt', async ({ page }) => {
  await page.goto('/lezioni/apptainer/?test')
  await startLab(page)

  const pull = await runInTerminal(page, 'apptainer pull docker://sylabsio/lolcow')
  expect(pull).toContain('INFO:    Converting OCI blobs to SIF format')
  expect(await runInTerminal(page, 'ls -l lolcow_latest.sif')).toMatch(/^-rwxr-xr-x 1 studente studente \d+ .+ lolcow_latest\.sif$/)

  await typeInTerminal(page, 'apptainer registry login --username myuser docker://docker.io')
  await page.keyboard.press('Enter')
  await waitForTerminalText(page, 'Password / Token:')
  await page.keyboard.type('segreto')
  await page.keyboard.press('Enter')
  await waitForPrompt(page)
  await waitForTerminalText(page, 'INFO:    Token stored in /home/studente/.docker/config.json')
  await expect.poll(() => page.locator('.xterm-rows').innerText()).not.toContain('segreto')
})
