// Flags the simulated docker subcommands accept (names, types and shorthands
// as in docker CLI 28).

import type { FlagSpec } from '../flags/parse'

export const RUN_FLAGS: FlagSpec[] = [
  { name: 'name', type: 'string', usage: 'Assign a name to the container' },
  { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
  { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'rm', type: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { name: 'env', shorthand: 'e', type: 'stringArray', usage: 'Set environment variables' },
  { name: 'network', type: 'stringArray', usage: 'Connect a container to a network' },
  { name: 'net', type: 'stringArray', usage: 'Connect a container to a network', hidden: true },
  { name: 'health-cmd', type: 'string', usage: 'Command to run to check health' },
  { name: 'health-interval', type: 'duration', usage: 'Time between running the check (ms|s|m|h) (default 0s)' },
  { name: 'health-timeout', type: 'duration', usage: 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' },
  { name: 'health-start-period', type: 'duration', usage: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)' },
  { name: 'health-start-interval', type: 'duration', usage: 'Time between running the check during the start period (ms|s|m|h) (default 0s)' },
  { name: 'health-retries', type: 'int', usage: 'Consecutive failures needed to report unhealthy' },
  { name: 'no-healthcheck', type: 'bool', usage: 'Disable any container-specified HEALTHCHECK' },
  { name: 'user', shorthand: 'u', type: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { name: 'workdir', shorthand: 'w', type: 'string', usage: 'Working directory inside the container' },
  { name: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'publish', shorthand: 'p', type: 'stringArray', usage: "Publish a container's port(s) to the host" },
  { name: 'publish-all', shorthand: 'P', type: 'bool', usage: 'Publish all exposed ports to random ports' },
  { name: 'read-only', type: 'bool', usage: "Mount the container's root filesystem as read only" },
  { name: 'tmpfs', type: 'stringArray', usage: 'Mount a tmpfs directory' },
  { name: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits' },
  { name: 'memory', shorthand: 'm', type: 'bytes', usage: 'Memory limit' },
  { name: 'cpus', type: 'decimal', usage: 'Number of CPUs' },
  { name: 'privileged', type: 'bool', usage: 'Give extended privileges to this container' },
  { name: 'cap-add', type: 'stringArray', usage: 'Add Linux capabilities' },
  { name: 'cap-drop', type: 'stringArray', usage: 'Drop Linux capabilities' },
  { name: 'security-opt', type: 'stringArray', usage: 'Security Options' },
  { name: 'volume', shorthand: 'v', type: 'stringArray', usage: 'Bind mount a volume' },
  { name: 'hostname', shorthand: 'h', type: 'string', usage: 'Container host name' },
  { name: 'label', shorthand: 'l', type: 'stringArray', usage: 'Set meta data on a container' },
  { name: 'pids-limit', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
  { name: 'init', type: 'bool', usage: 'Run an init inside the container that forwards signals and reaps processes' },
  { name: 'pull', type: 'string', usage: 'Pull image before running ("always", "missing", "never")' },
]

export const PS_FLAGS: FlagSpec[] = [
  { name: 'all', shorthand: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display container IDs' },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes' },
  { name: 'format', type: 'string', usage: 'Format output using a custom template' },
  { name: 'filter', shorthand: 'f', type: 'stringArray', usage: 'Filter output based on conditions provided' },
  { name: 'last', shorthand: 'n', type: 'int', usage: 'Show n last created containers (includes all states)' },
  { name: 'latest', shorthand: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
]

export const LOGS_FLAGS: FlagSpec[] = [
  { name: 'tail', shorthand: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs' },
  { name: 'timestamps', shorthand: 't', type: 'bool', usage: 'Show timestamps' },
  { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Follow log output' },
  { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
  { name: 'since', type: 'string', usage: 'Show logs since timestamp' },
  { name: 'until', type: 'string', usage: 'Show logs before a timestamp' },
]

export const EXEC_FLAGS: FlagSpec[] = [
  { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
  { name: 'user', shorthand: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
  { name: 'env', shorthand: 'e', type: 'stringArray', usage: 'Set environment variables' },
  { name: 'workdir', shorthand: 'w', type: 'string', usage: 'Working directory inside the container' },
  { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
]

export const INSPECT_FLAGS: FlagSpec[] = [
  { name: 'format', shorthand: 'f', type: 'string', usage: 'Format output using a custom template' },
  { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
  { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
]

export const STOP_FLAGS: FlagSpec[] = [
  { name: 'timeout', shorthand: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
  { name: 'signal', shorthand: 's', type: 'string', usage: 'Signal to send to the container' },
]

export const START_FLAGS: FlagSpec[] = [
  { name: 'attach', shorthand: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
  { name: 'interactive', shorthand: 'i', type: 'bool', usage: "Attach container's STDIN" },
]

export const KILL_FLAGS: FlagSpec[] = [{ name: 'signal', shorthand: 's', type: 'string', usage: 'Signal to send to the container' }]

export const RM_FLAGS: FlagSpec[] = [
  { name: 'force', shorthand: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
  { name: 'volumes', shorthand: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  { name: 'link', shorthand: 'l', type: 'bool', usage: 'Remove the specified link' },
]

export const IMAGES_FLAGS: FlagSpec[] = [
  { name: 'all', shorthand: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only show image IDs' },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'format', type: 'string', usage: 'Format output using a custom template' },
  { name: 'filter', shorthand: 'f', type: 'stringArray', usage: 'Filter output based on conditions provided' },
  { name: 'digests', type: 'bool', usage: 'Show digests' },
]

export const PLAIN_FLAGS: FlagSpec[] = []
