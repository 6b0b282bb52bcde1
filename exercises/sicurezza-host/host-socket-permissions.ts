import { fail, pass } from '../goals'
import type { ExerciseInput } from '../schema'

const SOCKET = '/var/run/docker.sock'

export const hostSocketPermissions: ExerciseInput = {
  id: 'host-socket-permissions',
  lesson: 'sicurezza-host',
  section: 'verificare-i-permessi-del-socket',
  title: 'Sistemare i permessi del socket',
  instructions:
    "Qualcuno ha cambiato i permessi di `/var/run/docker.sock`. Controllali con `ls -l` e riportali a quelli che systemd imposta di serie: proprietario `root`, gruppo `docker`, lettura e scrittura solo per proprietario e gruppo.",
  setup: ['sudo chown root:root /var/run/docker.sock', 'sudo chmod 666 /var/run/docker.sock'],
  goals: [
    {
      description: 'Il socket appartiene a `root`, gruppo `docker`.',
      check: (state) => {
        const socket = state.file(SOCKET)
        if (!socket) return fail(`\`${SOCKET}\` non esiste.`)
        return socket.owner === 'root' && socket.group === 'docker' ? pass : fail(`Il socket appartiene a \`${socket.owner}:${socket.group}\` invece di \`root:docker\`.`)
      },
    },
    {
      description: 'I permessi sono `660` (`srw-rw----`).',
      check: (state) => {
        const mode = state.file(SOCKET)?.mode
        if (mode === undefined) return fail(`\`${SOCKET}\` non esiste.`)
        return mode === 0o660 ? pass : fail(`I permessi del socket sono \`${mode.toString(8)}\` invece di \`660\`.`)
      },
    },
  ],
  hints: [
    { text: 'Ti servono `chown` per proprietario e gruppo e `chmod` per i permessi, entrambi con `sudo`.' },
    { text: 'Prima il gruppo:', command: 'sudo chown root:docker /var/run/docker.sock' },
    { text: 'Poi i permessi:', command: 'sudo chmod 660 /var/run/docker.sock' },
  ],
  solution: ['sudo chown root:docker /var/run/docker.sock', 'sudo chmod 660 /var/run/docker.sock'],
}
