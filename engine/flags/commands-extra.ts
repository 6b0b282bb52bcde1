// `--help` data for the docker commands the course uses beyond those in
// commands.ts, in the docker 28 layout and wording.
//
// NOTE: none of these texts was checked against a recorded docker 28.2.2
// client; they follow the docker CLI sources as remembered. Flags marked
// as uncertain below are the most likely to differ.

import type { CommandHelp } from './help'
import { CONTAINER_CREATE_FLAGS, FORMAT_INSPECT_USAGE, FORMAT_TABLE_USAGE } from './run-flags'

const SIGNAL_FLAG = { name: 'signal', shorthand: 's', type: 'string', usage: 'Signal to send to the container' } as const
const TIMEOUT_FLAG = { name: 'timeout', shorthand: 't', type: 'int', usage: 'Seconds to wait before killing the container' } as const

export const EXTRA_COMMAND_HELP: Record<string, CommandHelp> = {
  create: {
    usage: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
    description: 'Create a new container',
    aliases: ['docker container create', 'docker create'],
    flags: CONTAINER_CREATE_FLAGS,
    interspersed: false,
    args: { kind: 'min', count: 1 },
  },
  start: {
    usage: 'docker start [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Start one or more stopped containers',
    aliases: ['docker container start', 'docker start'],
    flags: [
      { name: 'attach', shorthand: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
      // Experimental checkpoint flags, hidden unless the daemon runs in experimental mode.
      { name: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint', hidden: true },
      { name: 'checkpoint-dir', type: 'string', usage: 'Use a custom checkpoint storage directory', hidden: true },
      { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
      { name: 'interactive', shorthand: 'i', type: 'bool', usage: "Attach container's STDIN" },
    ],
    args: { kind: 'min', count: 1 },
  },
  restart: {
    usage: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Restart one or more containers',
    aliases: ['docker container restart', 'docker restart'],
    flags: [SIGNAL_FLAG, TIMEOUT_FLAG],
    args: { kind: 'min', count: 1 },
  },
  kill: {
    usage: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Kill one or more running containers',
    aliases: ['docker container kill', 'docker kill'],
    flags: [SIGNAL_FLAG],
    args: { kind: 'min', count: 1 },
  },
  rm: {
    usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Remove one or more containers',
    aliases: ['docker container rm', 'docker container remove', 'docker rm'],
    flags: [
      { name: 'force', shorthand: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
      { name: 'link', shorthand: 'l', type: 'bool', usage: 'Remove the specified link' },
      { name: 'volumes', shorthand: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
    ],
    args: { kind: 'min', count: 1 },
  },
  pause: {
    usage: 'docker pause CONTAINER [CONTAINER...]',
    description: 'Pause all processes within one or more containers',
    aliases: ['docker container pause', 'docker pause'],
    flags: [],
    args: { kind: 'min', count: 1 },
  },
  unpause: {
    usage: 'docker unpause CONTAINER [CONTAINER...]',
    description: 'Unpause all processes within one or more containers',
    aliases: ['docker container unpause', 'docker unpause'],
    flags: [],
    args: { kind: 'min', count: 1 },
  },
  top: {
    usage: 'docker top CONTAINER [ps OPTIONS]',
    description: 'Display the running processes of a container',
    aliases: ['docker container top', 'docker top'],
    flags: [],
    interspersed: false,
    args: { kind: 'min', count: 1 },
  },
  port: {
    usage: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
    description: 'List port mappings or a specific mapping for the container',
    aliases: ['docker container port', 'docker port'],
    flags: [],
    args: { kind: 'range', min: 1, max: 2 },
  },
  history: {
    usage: 'docker history [OPTIONS] IMAGE',
    description: 'Show the history of an image',
    aliases: ['docker image history', 'docker history'],
    flags: [
      { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
      { name: 'human', shorthand: 'H', type: 'bool', default: 'true', usage: 'Print sizes and dates in human readable format' },
      { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      // Uncertain: --platform was added to `docker history` in the 28.x series.
      {
        name: 'platform',
        type: 'string',
        usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      },
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only show image IDs' },
    ],
    args: { kind: 'exact', count: 1 },
  },
  rmi: {
    usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
    description: 'Remove one or more images',
    aliases: ['docker image rm', 'docker image remove', 'docker rmi'],
    flags: [
      { name: 'force', shorthand: 'f', type: 'bool', usage: 'Force removal of the image' },
      { name: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
    ],
    args: { kind: 'min', count: 1 },
  },
  tag: {
    usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    aliases: ['docker image tag', 'docker tag'],
    flags: [],
    args: { kind: 'exact', count: 2 },
  },
  pull: {
    usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
    description: 'Download an image from a registry',
    aliases: ['docker image pull', 'docker pull'],
    flags: [
      { name: 'all-tags', shorthand: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
      { name: 'disable-content-trust', type: 'bool', default: 'true', usage: 'Skip image verification' },
      { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Suppress verbose output' },
    ],
    args: { kind: 'exact', count: 1 },
  },
  version: {
    usage: 'docker version [OPTIONS]',
    description: 'Show the Docker version information',
    flags: [{ name: 'format', shorthand: 'f', type: 'string', usage: FORMAT_INSPECT_USAGE }],
    args: { kind: 'none' },
  },
  info: {
    usage: 'docker info [OPTIONS]',
    description: 'Display system-wide information',
    aliases: ['docker system info', 'docker info'],
    flags: [{ name: 'format', shorthand: 'f', type: 'string', usage: FORMAT_INSPECT_USAGE }],
    args: { kind: 'none' },
  },
  cp: {
    usage: 'docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    description:
      'Copy files/folders between a container and the local filesystem\n\n' +
      "Use '-' as the source to read a tar archive from stdin\n" +
      'and extract it to a directory destination in a container.\n' +
      "Use '-' as the destination to stream a tar archive of a\n" +
      'container source to stdout.',
    aliases: ['docker container cp', 'docker cp'],
    flags: [
      { name: 'archive', shorthand: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
      { name: 'follow-link', shorthand: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
      {
        name: 'quiet',
        shorthand: 'q',
        type: 'bool',
        usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
      },
    ],
    args: { kind: 'exact', count: 2 },
  },
  diff: {
    usage: 'docker diff CONTAINER',
    description: "Inspect changes to files or directories on a container's filesystem",
    aliases: ['docker container diff', 'docker diff'],
    flags: [],
    args: { kind: 'exact', count: 1 },
  },
  events: {
    usage: 'docker events [OPTIONS]',
    description: 'Get real time events from the server',
    aliases: ['docker system events', 'docker events'],
    flags: [
      { name: 'filter', shorthand: 'f', type: 'stringArray', valueName: 'filter', usage: 'Filter output based on conditions provided' },
      { name: 'format', type: 'string', usage: FORMAT_INSPECT_USAGE },
      { name: 'since', type: 'string', usage: 'Show all events created since timestamp' },
      { name: 'until', type: 'string', usage: 'Stream events until this timestamp' },
    ],
    args: { kind: 'none' },
  },
  'network ls': {
    usage: 'docker network ls [OPTIONS]',
    description: 'List networks',
    aliases: ['docker network ls', 'docker network list'],
    flags: [
      { name: 'filter', shorthand: 'f', type: 'stringArray', valueName: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
      { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
      { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display network IDs' },
    ],
    args: { kind: 'none' },
  },
  // NOTE: the three `network` entries below follow the docker 28 CLI sources, not a recorded client.
  'network create': {
    usage: 'docker network create [OPTIONS] NETWORK',
    description: 'Create a network',
    flags: [
      { name: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
      { name: 'aux-address', type: 'stringArray', valueName: 'map', default: 'map[]', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' },
      { name: 'config-from', type: 'string', usage: 'The network from which to copy the configuration' },
      { name: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
      { name: 'driver', shorthand: 'd', type: 'string', default: 'bridge', usage: 'Driver to manage the Network' },
      { name: 'gateway', type: 'stringArray', valueName: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
      { name: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
      { name: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
      { name: 'ip-range', type: 'stringArray', valueName: 'strings', usage: 'Allocate container ip from a sub-range' },
      { name: 'ipam-driver', type: 'string', default: 'default', usage: 'IP Address Management Driver' },
      { name: 'ipam-opt', type: 'stringArray', valueName: 'map', default: 'map[]', usage: 'Set IPAM driver specific options' },
      { name: 'ipv4', type: 'bool', default: 'true', usage: 'Enable or disable IPv4 address assignment' },
      { name: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
      { name: 'label', type: 'stringArray', valueName: 'list', usage: 'Set metadata on a network' },
      { name: 'opt', shorthand: 'o', type: 'stringArray', valueName: 'map', default: 'map[]', usage: 'Set driver specific options' },
      { name: 'scope', type: 'string', usage: "Control the network's scope" },
      { name: 'subnet', type: 'stringArray', valueName: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
    ],
    args: { kind: 'exact', count: 1 },
  },
  'network rm': {
    usage: 'docker network rm NETWORK [NETWORK...]',
    description: 'Remove one or more networks',
    aliases: ['docker network rm', 'docker network remove'],
    flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
    args: { kind: 'min', count: 1 },
  },
  'network inspect': {
    usage: 'docker network inspect [OPTIONS] NETWORK [NETWORK...]',
    description: 'Display detailed information on one or more networks',
    flags: [
      { name: 'format', shorthand: 'f', type: 'string', usage: FORMAT_INSPECT_USAGE },
      { name: 'verbose', shorthand: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
    ],
    args: { kind: 'min', count: 1 },
  },
  'volume ls': {
    usage: 'docker volume ls [OPTIONS]',
    description: 'List volumes',
    aliases: ['docker volume ls', 'docker volume list'],
    flags: [
      { name: 'filter', shorthand: 'f', type: 'stringArray', valueName: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
      { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display volume names' },
    ],
    args: { kind: 'none' },
  },
  'volume create': {
    usage: 'docker volume create [OPTIONS] [VOLUME]',
    description: 'Create a volume',
    flags: [
      { name: 'driver', shorthand: 'd', type: 'string', default: 'local', usage: 'Specify volume driver name' },
      { name: 'label', type: 'stringArray', valueName: 'list', usage: 'Set metadata for a volume' },
      { name: 'opt', shorthand: 'o', type: 'stringArray', valueName: 'map', default: 'map[]', usage: 'Set driver specific options' },
    ],
    args: { kind: 'max', count: 1 },
  },
  'volume rm': {
    usage: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]',
    description: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
    aliases: ['docker volume rm', 'docker volume remove'],
    flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
    args: { kind: 'min', count: 1 },
  },
  'system df': {
    usage: 'docker system df [OPTIONS]',
    description: 'Show docker disk usage',
    flags: [
      { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
      { name: 'verbose', shorthand: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
    ],
    args: { kind: 'none' },
  },
}
