// Host commands for the Dockerfile and `docker run` lessons: `hadolint`
// lints a Dockerfile of the host filesystem, and `spiega l'ultimo comando`
// explains in Italian the security settings of the last `docker run`.

import { lastRun } from '../docker/last-run'
import type { Daemon } from '../docker/daemon'
import { explainRun } from '../audit'
import { FsError, resolvePath } from '../fs/vfs'
import { runHadolint } from '../lint'
import type { HostShell } from '../shell/host'



function readHostFile(shell: HostShell, path: string): string | undefined {
  try {
    return shell.fs.readFile(resolvePath(shell.cwd, path), shell.cred)
  } catch (error) {
    if (error instanceof FsError) return undefined
    throw error
  }
}

/** Registers `hadolint` and `spiega` in the host shell. */
export function installDockerfileTools(shell: HostShell, daemon: Daemon): void {
  shell.programs.set('hadolint', async (ctx) => {
    const result = runHadolint(ctx.argv.slice(1), (file) => (file === '-' ? ctx.stdin : readHostFile(shell, file)))
    if (result.stdout !== '') ctx.io.write(result.stdout, 'stdout')
    if (result.stderr !== '') ctx.io.write(result.stderr, 'stderr')
    return result.exitCode
  })

  shell.programs.set('spiega', async (ctx) => {
    const config = lastRun(daemon)
    if (!config) {
      ctx.io.write('spiega: non hai ancora eseguito un docker run o un docker create da spiegare.\n', 'stderr')
      return 1
    }
    ctx.io.write(explainRun(config), 'stdout')
    return 0
  })
}
