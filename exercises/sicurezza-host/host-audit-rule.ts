import { fail, pass } from '../goals'
import type { ExerciseInput } from '../schema'
import type { EngineSnapshot } from '@/engine/api'

const RULES_DIR = '/etc/audit/rules.d'
const RULE = '-w /var/run/docker.sock -p wa -k docker-socket-access'

export const hostAuditRule: ExerciseInput = {
  id: 'host-audit-rule',
  lesson: 'sicurezza-host',
  section: 'auditd-passo-2-rendere-la-regola-attiva-e-persistente',
  title: 'Una regola di audit persistente',
  instructions:
    "Scrivi la regola `-w /var/run/docker.sock -p wa -k docker-socket-access` in un file `.rules` dentro `/etc/audit/rules.d/`, così che sopravviva al riavvio, e caricala nel kernel senza riavviare auditd. Controlla con `sudo auditctl -l`.",
  setup: [],
  goals: [
    {
      description: 'Un file in `/etc/audit/rules.d/` contiene la regola.',
      check: (state) => (rulesFilesContain(state, RULE) ? pass : fail(`Nessun file \`.rules\` in \`${RULES_DIR}\` contiene la riga \`${RULE}\`.`)),
    },
    {
      description: 'La regola è caricata nel kernel.',
      check: (state) => {
        const loaded = state.auditRules.some((rule) => rule.path === '/var/run/docker.sock' && rule.perms === 'wa' && rule.key === 'docker-socket-access')
        return loaded ? pass : fail('`auditctl -l` non elenca ancora la regola sul socket.')
      },
    },
  ],
  hints: [
    { text: 'Con `sudo tee` scrivi in un file di root; `sudo augenrules --load` carica nel kernel i file di `rules.d`.' },
    { text: 'Scrivi il file:', command: `echo '${RULE}' | sudo tee ${RULES_DIR}/docker-sock.rules` },
    { text: 'Carica le regole:', command: 'sudo augenrules --load' },
  ],
  solution: [`echo '${RULE}' | sudo tee ${RULES_DIR}/docker-sock.rules`, 'sudo augenrules --load'],
}

/** True when a `*.rules` file in rules.d has `rule` on a line of its own. */
function rulesFilesContain(state: EngineSnapshot, rule: string): boolean {
  const names = state.file(RULES_DIR)?.entries ?? []
  return names
    .filter((name) => name.endsWith('.rules'))
    .some((name) => state.file(`${RULES_DIR}/${name}`)?.content.split('\n').some((line) => line.trim() === rule))
}
