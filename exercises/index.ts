// All exercises of the course, validated when the module loads so that a
// malformed exercise fails the unit tests and `next build` with its id.

// Sets zod's jitless mode before the first parse below. In the browser this
// module loads lazily with the exercise card, and zod's eval probe would
// otherwise violate the site's Content-Security-Policy, which has no
// 'unsafe-eval'.
import '../lib/zod'
import { appPrivateQuay } from './apptainer/app-private-quay'
import { appPull } from './apptainer/app-pull'
import { bpCacheOrder } from './best-practice-immagini/bp-cache-order'
import { bpHealthcheck } from './best-practice-immagini/bp-healthcheck'
import { bpOneRun } from './best-practice-immagini/bp-one-run'
import { hcExitCode } from './health-check/hc-exit-code'
import { hcFailure } from './health-check/hc-failure'
import { hcMariadb } from './health-check/hc-mariadb'
import { hcNginxCurl } from './health-check/hc-nginx-curl'
import { hcOptions } from './health-check/hc-options'
import { hcRestore } from './health-check/hc-restore'
import { exerciseSchema, type Exercise, type ExerciseInput } from './schema'
import { hostAuditRule } from './sicurezza-host/host-audit-rule'
import { hostAuditSearch } from './sicurezza-host/host-audit-search'
import { hostSocketPermissions } from './sicurezza-host/host-socket-permissions'
import { imgMultiStage } from './sicurezza-immagini/img-multi-stage'
import { imgUser } from './sicurezza-immagini/img-user'
import { rtLimits } from './sicurezza-runtime/rt-limits'
import { rtNonRoot } from './sicurezza-runtime/rt-non-root'
import { rtPorts } from './sicurezza-runtime/rt-ports'
import { rtPrivileged } from './sicurezza-runtime/rt-privileged'
import { rtReadOnly } from './sicurezza-runtime/rt-read-only'
import { rtRestart } from './sicurezza-runtime/rt-restart'

const INPUTS: ExerciseInput[] = [
  hcNginxCurl,
  hcOptions,
  hcExitCode,
  hcFailure,
  hcRestore,
  hcMariadb,
  rtPrivileged,
  rtPorts,
  rtLimits,
  rtRestart,
  rtReadOnly,
  rtNonRoot,
  hostSocketPermissions,
  hostAuditRule,
  hostAuditSearch,
  imgMultiStage,
  imgUser,
  bpHealthcheck,
  bpOneRun,
  bpCacheOrder,
  appPull,
  appPrivateQuay,
]

export const exercises: readonly Exercise[] = parseAll(INPUTS)

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id)
}

function parseAll(inputs: ExerciseInput[]): Exercise[] {
  const seen = new Set<string>()

  return inputs.map((input) => {
    const result = exerciseSchema.safeParse(input)
    if (!result.success) throw new Error(`Invalid exercise ${input.id}: ${result.error.message}`)
    if (seen.has(input.id)) throw new Error(`Duplicate exercise id ${input.id}`)

    seen.add(input.id)
    return result.data
  })
}
