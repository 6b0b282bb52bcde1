import { containerRunning, fail, pass, withContainer } from '../goals'
import type { ExerciseInput } from '../schema'

export const rtPorts: ExerciseInput = {
  id: 'rt-ports',
  lesson: 'sicurezza-runtime',
  section: '2-non-esporre-porte-non-utilizzate',
  title: 'Una porta solo per la macchina locale',
  instructions:
    "Avvia un container `locale` da `nginx` che pubblica la sua porta 80 sulla porta 8080 dell'host, ma solo sull'interfaccia di loopback `127.0.0.1`. Poi prova `curl http://127.0.0.1:8080/`.",
  setup: [],
  goals: [
    { description: 'Il container `locale` (immagine `nginx`) è in esecuzione.', check: containerRunning('locale', 'nginx') },
    {
      description: 'La porta 80 è pubblicata su `127.0.0.1:8080` e su nessun altro indirizzo.',
      check: withContainer('locale', (container) => {
        if (container.publish.length === 0) return fail('Il container `locale` non pubblica nessuna porta.')
        const exact = container.publish.every((item) => /^127\.0\.0\.1:8080:80(\/tcp)?$/.test(item))
        return exact ? pass : fail(`Le porte pubblicate sono ${container.publish.map((item) => `\`${item}\``).join(', ')}: serve solo \`127.0.0.1:8080:80\`.`)
      }),
    },
  ],
  hints: [
    { text: "`-p` accetta anche l'indirizzo IP dell'host davanti alle due porte: `IP:porta-host:porta-container`." },
    { text: 'Il comando completo:', command: 'docker run -d --name locale -p 127.0.0.1:8080:80 nginx' },
  ],
  solution: ['docker run -d --name locale -p 127.0.0.1:8080:80 nginx', 'curl -s http://127.0.0.1:8080/'],
}
