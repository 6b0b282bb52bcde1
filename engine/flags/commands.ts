// `--help` data of the docker 28.2.2 client for the commands recorded with
// a real client: usage line, description, aliases and every flag with its
// usage text and default, so renderHelp reproduces the output byte for byte.

import { EXTRA_COMMAND_HELP } from './commands-extra'
import type { CommandHelp } from './help'
import type { FlagSpec } from './parse'
import { CONTAINER_CREATE_FLAGS, FORMAT_INSPECT_USAGE, FORMAT_TABLE_USAGE, RUN_ONLY_FLAGS } from './run-flags'

const BUILD_DEPRECATION_BANNER = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/

`

const RECORDED_COMMAND_HELP: Record<string, CommandHelp> = {
  run: {
    usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    description: 'Create and run a new container from an image',
    aliases: ['docker container run', 'docker run'],
    flags: [...CONTAINER_CREATE_FLAGS, ...RUN_ONLY_FLAGS],
    interspersed: false,
    args: { kind: 'min', count: 1 },
  },
  ps: {
    usage: 'docker ps [OPTIONS]',
    description: 'List containers',
    aliases: ['docker container ls', 'docker container list', 'docker container ps', 'docker ps'],
    flags: [
    { name: 'all', shorthand: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'filter', shorthand: 'f', type: 'stringArray', valueName: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
    { name: 'last', shorthand: 'n', type: 'int', default: '-1', usage: 'Show n last created containers (includes all states)' },
    { name: 'latest', shorthand: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
    { name: 'no-trunc', type: 'bool', usage: 'Don\'t truncate output' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display container IDs' },
    { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes' },
    ],
    args: { kind: 'none' },
  },
  inspect: {
    usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
    description: 'Return low-level information on Docker objects',
    flags: [
    { name: 'format', shorthand: 'f', type: 'string', usage: FORMAT_INSPECT_USAGE },
    { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
    ],
    args: { kind: 'min', count: 1 },
  },
  exec: {
    usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
    description: 'Execute a command in a running container',
    aliases: ['docker container exec', 'docker exec'],
    flags: [
    { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'env', shorthand: 'e', type: 'stringArray', valueName: 'list', usage: 'Set environment variables' },
    { name: 'env-file', type: 'stringArray', valueName: 'list', usage: 'Read in a file of environment variables' },
    { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    { name: 'user', shorthand: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'workdir', shorthand: 'w', type: 'string', usage: 'Working directory inside the container' },
    ],
    interspersed: false,
    args: { kind: 'min', count: 2 },
  },
  logs: {
    usage: 'docker logs [OPTIONS] CONTAINER',
    description: 'Fetch the logs of a container',
    aliases: ['docker container logs', 'docker logs'],
    flags: [
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Follow log output' },
    { name: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: 'tail', shorthand: 'n', type: 'string', default: 'all', usage: 'Number of lines to show from the end of the logs' },
    { name: 'timestamps', shorthand: 't', type: 'bool', usage: 'Show timestamps' },
    { name: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    ],
    args: { kind: 'exact', count: 1 },
  },
  stop: {
    usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Stop one or more running containers',
    aliases: ['docker container stop', 'docker stop'],
    flags: [
    { name: 'signal', shorthand: 's', type: 'string', usage: 'Signal to send to the container' },
    { name: 'timeout', shorthand: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
    ],
    args: { kind: 'min', count: 1 },
  },
  images: {
    usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
    description: 'List images',
    aliases: ['docker image ls', 'docker image list', 'docker images'],
    flags: [
    { name: 'all', shorthand: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
    { name: 'digests', type: 'bool', usage: 'Show digests' },
    { name: 'filter', shorthand: 'f', type: 'stringArray', valueName: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
    { name: 'no-trunc', type: 'bool', usage: 'Don\'t truncate output' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only show image IDs' },
    { name: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
    ],
    args: { kind: 'max', count: 1 },
  },
  stats: {
    usage: 'docker stats [OPTIONS] [CONTAINER...]',
    description: 'Display a live stream of container(s) resource usage statistics',
    aliases: ['docker container stats', 'docker stats'],
    flags: [
    { name: 'all', shorthand: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'format', type: 'string', usage: FORMAT_TABLE_USAGE },
    { name: 'no-stream', type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
    ],
    args: { kind: 'any' },
  },
  build: {
    preface: BUILD_DEPRECATION_BANNER,
    usage: 'docker build [OPTIONS] PATH | URL | -',
    description: 'Build an image from a Dockerfile',
    aliases: ['docker image build', 'docker build', 'docker builder build'],
    flags: [
    { name: 'add-host', type: 'stringArray', valueName: 'list', usage: 'Add a custom host-to-IP mapping ("host:ip")' },
    { name: 'build-arg', type: 'stringArray', valueName: 'list', usage: 'Set build-time variables' },
    { name: 'cache-from', type: 'stringArray', valueName: 'strings', usage: 'Images to consider as cache sources' },
    { name: 'cgroup-parent', type: 'string', usage: 'Set the parent cgroup for the "RUN" instructions during build' },
    { name: 'compress', type: 'bool', usage: 'Compress the build context using gzip' },
    { name: 'cpu-period', type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) period' },
    { name: 'cpu-quota', type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) quota' },
    { name: 'cpu-shares', shorthand: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    { name: 'disable-content-trust', type: 'bool', default: 'true', usage: 'Skip image verification' },
    { name: 'file', shorthand: 'f', type: 'string', usage: 'Name of the Dockerfile (Default is "PATH/Dockerfile")' },
    { name: 'force-rm', type: 'bool', usage: 'Always remove intermediate containers' },
    { name: 'iidfile', type: 'string', usage: 'Write the image ID to the file' },
    { name: 'isolation', type: 'string', usage: 'Container isolation technology' },
    { name: 'label', type: 'stringArray', valueName: 'list', usage: 'Set metadata for an image' },
    { name: 'memory', shorthand: 'm', type: 'bytes', usage: 'Memory limit' },
    { name: 'memory-swap', type: 'bytes', usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' },
    { name: 'network', type: 'string', default: 'default', usage: 'Set the networking mode for the RUN instructions during build' },
    { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    { name: 'pull', type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
    { name: 'rm', type: 'bool', default: 'true', usage: 'Remove intermediate containers after a successful build' },
    { name: 'security-opt', type: 'stringArray', valueName: 'strings', usage: 'Security options' },
    { name: 'shm-size', type: 'bytes', usage: 'Size of "/dev/shm"' },
    { name: 'squash', type: 'bool', usage: 'Squash newly built layers into a single new layer' },
    { name: 'tag', shorthand: 't', type: 'stringArray', valueName: 'list', usage: 'Name and optionally a tag in the "name:tag" format' },
    { name: 'target', type: 'string', usage: 'Set the target build stage to build.' },
    { name: 'ulimit', type: 'stringArray', valueName: 'ulimit', default: '[]', usage: 'Ulimit options' },
    ],
    args: { kind: 'exact', count: 1 },
  },
}

/**
 * Help data by command path without the leading `docker` (`run`, `ps`,
 * `network ls`). Commands not recorded from a real client come from
 * commands-extra.ts.
 */
export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = { ...EXTRA_COMMAND_HELP, ...RECORDED_COMMAND_HELP }

/** Global options accepted before the subcommand (`docker -H unix:///var/run/docker.sock ps`). */
export const DOCKER_GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'config', type: 'string', default: '/root/.docker', usage: 'Location of client config files' },
  { name: 'context', shorthand: 'c', type: 'string', usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")' },
  { name: 'debug', shorthand: 'D', type: 'bool', usage: 'Enable debug mode' },
  { name: 'host', shorthand: 'H', type: 'stringArray', valueName: 'list', usage: 'Daemon socket to connect to' },
  { name: 'log-level', shorthand: 'l', type: 'string', default: 'info', usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")' },
  { name: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
  { name: 'tlscacert', type: 'string', default: '/root/.docker/ca.pem', usage: 'Trust certs signed only by this CA' },
  { name: 'tlscert', type: 'string', default: '/root/.docker/cert.pem', usage: 'Path to TLS certificate file' },
  { name: 'tlskey', type: 'string', default: '/root/.docker/key.pem', usage: 'Path to TLS key file' },
  { name: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
  { name: 'version', shorthand: 'v', type: 'bool', usage: 'Print version information and quit' },
]

/**
 * `docker --help` as the 28.2.2 client prints it for user root. The
 * command list is cobra's and is kept verbatim rather than generated.
 */
export const DOCKER_HELP = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  search      Search Docker Hub for images
  version     Show the Docker version information
  info        Display system-wide information

Management Commands:
  builder     Manage builds
  checkpoint  Manage checkpoints
  container   Manage containers
  context     Manage contexts
  image       Manage images
  manifest    Manage Docker image manifests and manifest lists
  network     Manage networks
  plugin      Manage plugins
  system      Manage Docker
  trust       Manage trust on Docker images
  volume      Manage volumes

Swarm Commands:
  config      Manage Swarm configs
  node        Manage Swarm nodes
  secret      Manage Swarm secrets
  service     Manage Swarm services
  stack       Manage Swarm stacks
  swarm       Manage Swarm

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  events      Get real time events from the server
  export      Export a container's filesystem as a tar archive
  history     Show the history of an image
  import      Import the contents from a tarball to create a filesystem image
  inspect     Return low-level information on Docker objects
  kill        Kill one or more running containers
  load        Load an image from a tar archive or STDIN
  logs        Fetch the logs of a container
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  rmi         Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  update      Update configuration of one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Global Options:
      --config string      Location of client config files (default
                           "/root/.docker")
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
                           default context set with "docker context use")
  -D, --debug              Enable debug mode
  -H, --host list          Daemon socket to connect to
  -l, --log-level string   Set the logging level ("debug", "info",
                           "warn", "error", "fatal") (default "info")
      --tls                Use TLS; implied by --tlsverify
      --tlscacert string   Trust certs signed only by this CA (default
                           "/root/.docker/ca.pem")
      --tlscert string     Path to TLS certificate file (default
                           "/root/.docker/cert.pem")
      --tlskey string      Path to TLS key file (default
                           "/root/.docker/key.pem")
      --tlsverify          Use TLS and verify the remote
  -v, --version            Print version information and quit

Run 'docker COMMAND --help' for more information on a command.

For more help on how to use Docker, head to https://docs.docker.com/go/guides/
`
