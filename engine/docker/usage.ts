// The docker 28 client's error blocks for bad flags and arguments.

import type { DockerContext } from './context'
import { err } from './context'

export const USAGE: Record<string, string> = {
  run: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  create: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  ps: 'docker ps [OPTIONS]',
  inspect: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  logs: 'docker logs [OPTIONS] CONTAINER',
  exec: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  stop: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  start: 'docker start [OPTIONS] CONTAINER [CONTAINER...]',
  restart: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]',
  kill: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]',
  rm: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  rmi: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  images: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  pause: 'docker pause CONTAINER [CONTAINER...]',
  unpause: 'docker unpause CONTAINER [CONTAINER...]',
  pull: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  'image inspect': 'docker image inspect [OPTIONS] IMAGE [IMAGE...]',
  'container inspect': 'docker container inspect [OPTIONS] CONTAINER [CONTAINER...]',
  version: 'docker version [OPTIONS]',
  stats: 'docker stats [OPTIONS] [CONTAINER...]',
  events: 'docker events [OPTIONS]',
  top: 'docker top CONTAINER [ps OPTIONS]',
  port: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
  info: 'docker info [OPTIONS]',
  login: 'docker login [OPTIONS] [SERVER]',
  logout: 'docker logout [SERVER]',
  tag: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  cp: 'docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  diff: 'docker diff CONTAINER',
  'volume create': 'docker volume create [OPTIONS] [VOLUME]',
  'volume rm': 'docker volume rm [OPTIONS] VOLUME [VOLUME...]',
  'volume inspect': 'docker volume inspect [OPTIONS] VOLUME [VOLUME...]',
  'network create': 'docker network create [OPTIONS] NETWORK',
  'network rm': 'docker network rm NETWORK [NETWORK...]',
  'network inspect': 'docker network inspect [OPTIONS] NETWORK [NETWORK...]',
}

/** Flag parse error: message, usage, `Run '… --help'`; exit 125. */
export function flagError(ctx: DockerContext, command: string, message: string): number {
  err(ctx, `${message}\n\nUsage:  ${USAGE[command] ?? `docker ${command}`}\n\nRun 'docker ${command} --help' for more information\n`)
  return 125
}

/** Wrong number of arguments: `See` for "at least", `Run` otherwise; exit 1. */
export function argumentError(ctx: DockerContext, command: string, requirement: string): number {
  const verb = requirement.startsWith('requires at least') ? 'See' : 'Run'
  err(ctx, `docker: 'docker ${command}' ${requirement}\n\nUsage:  ${USAGE[command] ?? `docker ${command}`}\n\n${verb} 'docker ${command} --help' for more information\n`)
  return 1
}

/** `docker run`/`create` failure after parsing: `docker: <message>`, blank, hint; exit 125 unless given. */
export function runError(ctx: DockerContext, command: string, message: string, exitCode = 125): number {
  err(ctx, `docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`)
  return exitCode
}

export function requireArgs(count: number, exact: boolean): string {
  if (exact) return `requires ${count === 1 ? '1 argument' : `${count} arguments`}`
  return `requires at least ${count === 1 ? '1 argument' : `${count} arguments`}`
}
