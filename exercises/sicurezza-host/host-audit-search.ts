import { fail, pass } from '../goals'
import type { ExerciseInput } from '../schema'

export const hostAuditSearch: ExerciseInput = {
  id: 'host-audit-search',
  lesson: 'sicurezza-host',
  section: 'auditd-passo-3-verificare-lo-stato-e-interrogare-i-log',
  title: 'Cogliere un cambio di permessi',
  instructions:
    "La regola di watch sul socket con chiave `docker-socket-access` è già caricata. Cambia i permessi del socket, per esempio rimettendo `660` con `chmod`, poi cerca l'evento nel log di audit con `ausearch` e la chiave della regola.",
  setup: ['sudo auditctl -w /var/run/docker.sock -p wa -k docker-socket-access'],
  goals: [
    {
      description: 'La regola sul socket è ancora caricata.',
      check: (state) => (state.auditRules.some((rule) => rule.key === 'docker-socket-access') ? pass : fail('La regola con chiave `docker-socket-access` non è più caricata.')),
    },
    {
      description: 'Il log di audit contiene un cambio di attributi del socket con la chiave `docker-socket-access`.',
      check: (state) => {
        const found = state.auditEvents.some((event) => event.key === 'docker-socket-access' && (event.action === 'fchmodat' || event.action === 'fchownat'))
        return found ? pass : fail('Nel log non c\'è ancora un `chmod` o `chown` sul socket registrato dalla regola.')
      },
    },
  ],
  hints: [
    { text: 'Un `chmod` sul socket è un cambio di attributi (`a` in `-p wa`): la regola lo registra anche se i permessi restano uguali.' },
    { text: 'Cambia i permessi:', command: 'sudo chmod 660 /var/run/docker.sock' },
    { text: "Cerca l'evento:", command: 'sudo ausearch -k docker-socket-access' },
  ],
  solution: ['sudo chmod 660 /var/run/docker.sock', 'sudo ausearch -k docker-socket-access'],
}
