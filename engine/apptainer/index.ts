// Installs `apptainer`, `aws` and `az` into the student's host shell.

import type { HostSystem } from '../host/system'
import { apptainerCommand } from './apptainer'
import { awsCommand, azCommand } from './cloud'
import { ApptainerLab } from './lab'

export { ApptainerLab } from './lab'

export function installApptainer(system: HostSystem): ApptainerLab {
  const lab = new ApptainerLab(system)
  system.register('apptainer', async (ctx) => apptainerCommand(lab, ctx))
  system.register('singularity', async (ctx) => apptainerCommand(lab, ctx))
  system.register('aws', async (ctx) => awsCommand(lab, ctx))
  system.register('az', async (ctx) => azCommand(lab, ctx))
  return lab
}
