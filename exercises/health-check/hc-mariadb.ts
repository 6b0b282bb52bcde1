import { containerRunning, healthcheckRuns, healthStatus } from '../goals'
import type { ExerciseInput } from '../schema'

export const hcMariadb: ExerciseInput = {
  id: 'hc-mariadb',
  lesson: 'health-check',
  section: 'esempio-mariadb-con-health-check-personalizzato',
  title: 'MariaDB con healthcheck.sh',
  instructions:
    "Avvia un container `db` da `mariadb` con una password di root e un health check che usa lo script `healthcheck.sh` dell'immagine con `--connect --innodb_initialized`, ogni 10 secondi. Aspetta che sia `healthy`.",
  setup: [],
  goals: [
    { description: 'Il container `db` (immagine `mariadb`) è in esecuzione.', check: containerRunning('db', 'mariadb') },
    { description: "L'health check di `db` usa `healthcheck.sh`.", check: healthcheckRuns('db', 'healthcheck.sh') },
    { description: 'Lo stato di salute di `db` è `healthy`.', check: healthStatus('db', 'healthy'), needsTime: true },
  ],
  hints: [
    { text: "Senza `MARIADB_ROOT_PASSWORD` (o una variabile equivalente) l'entrypoint di mariadb si ferma subito: passala con `-e`." },
    {
      text: 'Il comando completo; il server impiega qualche secondo a partire:',
      command: "docker run -d --name db -e MARIADB_ROOT_PASSWORD=segreto --health-cmd 'healthcheck.sh --connect --innodb_initialized' --health-interval 10s mariadb",
    },
  ],
  solution: ["docker run -d --name db -e MARIADB_ROOT_PASSWORD=segreto --health-cmd 'healthcheck.sh --connect --innodb_initialized' --health-interval 10s mariadb", 'sleep 30'],
}
