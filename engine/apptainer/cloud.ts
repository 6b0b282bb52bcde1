// The cloud CLIs the Apptainer lesson uses to obtain registry credentials:
// `aws ecr get-login-password` (AWS CLI v2) and `az acr login` / `az acr token create`.
// NOTE: output shapes are from the tools' documentation as remembered, not captured.

import type { HostProgramContext } from '../shell/host'
import type { ApptainerLab } from './lab'
import { pseudoDigest } from './sif'

export async function awsCommand(lab: ApptainerLab, ctx: HostProgramContext): Promise<number> {
  const args = ctx.argv.slice(1)
  if (args[0] !== 'ecr' || args[1] !== 'get-login-password') {
    ctx.io.write("usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: only 'aws ecr get-login-password' is available in this terminal\n", 'stderr')
    return 252
  }

  const payload = btoa(JSON.stringify({ payload: pseudoDigest(`ecr:${lab.system.now()}`), datakey: pseudoDigest('datakey'), version: '2', type: 'DATA_KEY', expiration: Math.floor(lab.system.now() / 1000) + 43_200 }))
  lab.awsToken = payload
  ctx.io.write(`${payload}\n`, 'stdout')
  return 0
}

export async function azCommand(lab: ApptainerLab, ctx: HostProgramContext): Promise<number> {
  const args = ctx.argv.slice(1)
  const value = (flag: string, short?: string): string | undefined => {
    const index = args.findIndex((arg) => arg === flag || arg === short)
    return index >= 0 ? args[index + 1] : undefined
  }

  if (args[0] === 'acr' && args[1] === 'login') {
    const name = value('--name', '-n')
    if (name === undefined) {
      ctx.io.write('the following arguments are required: --name/-n\n', 'stderr')
      return 2
    }
    // az acr login runs `docker login` with an ACR refresh token for the all-zero user.
    lab.credentials.store(`${name}.azurecr.io`, { username: '00000000-0000-0000-0000-000000000000', password: `eyJhbGciOiJSUzI1NiIs${pseudoDigest(name)}` }, `${lab.system.shell.home}/.docker/config.json`)
    ctx.io.write('Login Succeeded\n', 'stdout')
    return 0
  }

  if (args[0] === 'acr' && args[1] === 'token' && args[2] === 'create') {
    const name = value('--name', '-n') ?? 'mytoken'
    const registry = value('--registry', '-r') ?? 'myregistry'
    const password = pseudoDigest(`${registry}/${name}`).slice(0, 52)
    const result = {
      credentials: { passwords: [{ creationTime: new Date(lab.system.now()).toISOString(), expiry: null, name: 'password1', value: password }], username: name },
      name,
      provisioningState: 'Succeeded',
      scopeMapId: `/subscriptions/.../registries/${registry}/scopeMaps/${value('--scope-map') ?? '_repositories_pull'}`,
      status: 'enabled',
    }
    ctx.io.write(`${JSON.stringify(result, null, 2)}\n`, 'stdout')
    return 0
  }

  ctx.io.write(`ERROR: '${args.join(' ')}' is not in the 'az' command group available in this terminal. Use 'az acr login' or 'az acr token create'.\n`, 'stderr')
  return 2
}
