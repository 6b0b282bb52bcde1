// Flags of `docker run` and `docker create`, with the usage texts and
// defaults that the docker 28.2.2 client prints in `docker run --help`.

import type { FlagSpec } from './parse'

/** Usage of `--format` on list commands (ps, images, stats, …). */
export const FORMAT_TABLE_USAGE = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`

/** Usage of `--format` on commands that print one object (inspect, info, version, events). */
export const FORMAT_INSPECT_USAGE = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`

const CGROUPNS_USAGE = `Cgroup namespace to use (host|private)
'host':    Run the container in the Docker host's cgroup namespace
'private': Run the container in its own private cgroup namespace
'':        Use the cgroup namespace as configured by the
           default-cgroupns-mode option on the daemon (default)`

/** Flags shared by `docker create` and `docker run`. */
export const CONTAINER_CREATE_FLAGS: FlagSpec[] = [
  { name: 'add-host', type: 'stringArray', valueName: 'list', usage: 'Add a custom host-to-IP mapping (host:ip)' },
  { name: 'annotation', type: 'stringArray', valueName: 'map', default: 'map[]', usage: 'Add an annotation to the container (passed through to the OCI runtime)' },
  { name: 'attach', shorthand: 'a', type: 'stringArray', valueName: 'list', usage: 'Attach to STDIN, STDOUT or STDERR' },
  { name: 'blkio-weight', type: 'uint', valueName: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' },
  { name: 'blkio-weight-device', type: 'stringArray', valueName: 'list', default: '[]', usage: 'Block IO weight (relative device weight)' },
  { name: 'cap-add', type: 'stringArray', valueName: 'list', usage: 'Add Linux capabilities' },
  { name: 'cap-drop', type: 'stringArray', valueName: 'list', usage: 'Drop Linux capabilities' },
  { name: 'cgroup-parent', type: 'string', usage: 'Optional parent cgroup for the container' },
  { name: 'cgroupns', type: 'string', usage: CGROUPNS_USAGE },
  { name: 'cidfile', type: 'string', usage: 'Write the container ID to the file' },
  { name: 'cpu-count', type: 'int', usage: 'CPU count (Windows only)' },
  { name: 'cpu-percent', type: 'int', usage: 'CPU percent (Windows only)' },
  { name: 'cpu-period', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { name: 'cpu-quota', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { name: 'cpu-rt-period', type: 'int', usage: 'Limit CPU real-time period in microseconds' },
  { name: 'cpu-rt-runtime', type: 'int', usage: 'Limit CPU real-time runtime in microseconds' },
  { name: 'cpu-shares', shorthand: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
  { name: 'cpus', type: 'decimal', usage: 'Number of CPUs' },
  { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
  { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
  { name: 'device', type: 'stringArray', valueName: 'list', usage: 'Add a host device to the container' },
  { name: 'device-cgroup-rule', type: 'stringArray', valueName: 'list', usage: 'Add a rule to the cgroup allowed devices list' },
  { name: 'device-read-bps', type: 'stringArray', valueName: 'list', default: '[]', usage: 'Limit read rate (bytes per second) from a device' },
  { name: 'device-read-iops', type: 'stringArray', valueName: 'list', default: '[]', usage: 'Limit read rate (IO per second) from a device' },
  { name: 'device-write-bps', type: 'stringArray', valueName: 'list', default: '[]', usage: 'Limit write rate (bytes per second) to a device' },
  { name: 'device-write-iops', type: 'stringArray', valueName: 'list', default: '[]', usage: 'Limit write rate (IO per second) to a device' },
  { name: 'disable-content-trust', type: 'bool', default: 'true', usage: 'Skip image verification' },
  { name: 'dns', type: 'stringArray', valueName: 'list', usage: 'Set custom DNS servers' },
  { name: 'dns-option', type: 'stringArray', valueName: 'list', usage: 'Set DNS options' },
  { name: 'dns-search', type: 'stringArray', valueName: 'list', usage: 'Set custom DNS search domains' },
  { name: 'domainname', type: 'string', usage: 'Container NIS domain name' },
  { name: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'env', shorthand: 'e', type: 'stringArray', valueName: 'list', usage: 'Set environment variables' },
  { name: 'env-file', type: 'stringArray', valueName: 'list', usage: 'Read in a file of environment variables' },
  { name: 'expose', type: 'stringArray', valueName: 'list', usage: 'Expose a port or a range of ports' },
  { name: 'gpus', type: 'string', valueName: 'gpu-request', usage: 'GPU devices to add to the container (\'all\' to pass all GPUs)' },
  { name: 'group-add', type: 'stringArray', valueName: 'list', usage: 'Add additional groups to join' },
  { name: 'health-cmd', type: 'string', usage: 'Command to run to check health' },
  { name: 'health-interval', type: 'duration', usage: 'Time between running the check (ms|s|m|h) (default 0s)' },
  { name: 'health-retries', type: 'int', usage: 'Consecutive failures needed to report unhealthy' },
  { name: 'health-start-interval', type: 'duration', usage: 'Time between running the check during the start period (ms|s|m|h) (default 0s)' },
  { name: 'health-start-period', type: 'duration', usage: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)' },
  { name: 'health-timeout', type: 'duration', usage: 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' },
  { name: 'help', type: 'bool', usage: 'Print usage' },
  { name: 'hostname', shorthand: 'h', type: 'string', usage: 'Container host name' },
  { name: 'init', type: 'bool', usage: 'Run an init inside the container that forwards signals and reaps processes' },
  { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  { name: 'io-maxbandwidth', type: 'bytes', usage: 'Maximum IO bandwidth limit for the system drive (Windows only)' },
  { name: 'io-maxiops', type: 'uint', usage: 'Maximum IOps limit for the system drive (Windows only)' },
  { name: 'ip', type: 'string', usage: 'IPv4 address (e.g., 172.30.100.104)' },
  { name: 'ip6', type: 'string', usage: 'IPv6 address (e.g., 2001:db8::33)' },
  { name: 'ipc', type: 'string', usage: 'IPC mode to use' },
  { name: 'isolation', type: 'string', usage: 'Container isolation technology' },
  { name: 'kernel-memory', type: 'bytes', usage: 'Kernel memory limit' },
  { name: 'label', shorthand: 'l', type: 'stringArray', valueName: 'list', usage: 'Set meta data on a container' },
  { name: 'label-file', type: 'stringArray', valueName: 'list', usage: 'Read in a line delimited file of labels' },
  { name: 'link', type: 'stringArray', valueName: 'list', usage: 'Add link to another container' },
  { name: 'link-local-ip', type: 'stringArray', valueName: 'list', usage: 'Container IPv4/IPv6 link-local addresses' },
  { name: 'log-driver', type: 'string', usage: 'Logging driver for the container' },
  { name: 'log-opt', type: 'stringArray', valueName: 'list', usage: 'Log driver options' },
  { name: 'mac-address', type: 'string', usage: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  { name: 'memory', shorthand: 'm', type: 'bytes', usage: 'Memory limit' },
  { name: 'memory-reservation', type: 'bytes', usage: 'Memory soft limit' },
  { name: 'memory-swap', type: 'bytes', usage: 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' },
  { name: 'memory-swappiness', type: 'int', default: '-1', usage: 'Tune container memory swappiness (0 to 100)' },
  { name: 'mount', type: 'stringArray', valueName: 'mount', usage: 'Attach a filesystem mount to the container' },
  { name: 'name', type: 'string', usage: 'Assign a name to the container' },
  { name: 'network', type: 'stringArray', valueName: 'network', usage: 'Connect a container to a network' },
  { name: 'network-alias', type: 'stringArray', valueName: 'list', usage: 'Add network-scoped alias for the container' },
  { name: 'no-healthcheck', type: 'bool', usage: 'Disable any container-specified HEALTHCHECK' },
  { name: 'oom-kill-disable', type: 'bool', usage: 'Disable OOM Killer' },
  { name: 'oom-score-adj', type: 'int', usage: 'Tune host\'s OOM preferences (-1000 to 1000)' },
  { name: 'pid', type: 'string', usage: 'PID namespace to use' },
  { name: 'pids-limit', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
  { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  { name: 'privileged', type: 'bool', usage: 'Give extended privileges to this container' },
  { name: 'publish', shorthand: 'p', type: 'stringArray', valueName: 'list', usage: 'Publish a container\'s port(s) to the host' },
  { name: 'publish-all', shorthand: 'P', type: 'bool', usage: 'Publish all exposed ports to random ports' },
  { name: 'pull', type: 'string', default: 'missing', usage: 'Pull image before running ("always", "missing", "never")' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Suppress the pull output' },
  { name: 'read-only', type: 'bool', usage: 'Mount the container\'s root filesystem as read only' },
  { name: 'restart', type: 'string', default: 'no', usage: 'Restart policy to apply when a container exits' },
  { name: 'rm', type: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { name: 'runtime', type: 'string', usage: 'Runtime to use for this container' },
  { name: 'security-opt', type: 'stringArray', valueName: 'list', usage: 'Security Options' },
  { name: 'shm-size', type: 'bytes', usage: 'Size of /dev/shm' },
  { name: 'stop-signal', type: 'string', usage: 'Signal to stop the container' },
  { name: 'stop-timeout', type: 'int', usage: 'Timeout (in seconds) to stop a container' },
  { name: 'storage-opt', type: 'stringArray', valueName: 'list', usage: 'Storage driver options for the container' },
  { name: 'sysctl', type: 'stringArray', valueName: 'map', default: 'map[]', usage: 'Sysctl options' },
  { name: 'tmpfs', type: 'stringArray', valueName: 'list', usage: 'Mount a tmpfs directory' },
  { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'ulimit', type: 'stringArray', valueName: 'ulimit', default: '[]', usage: 'Ulimit options' },
  { name: 'use-api-socket', type: 'bool', usage: 'Bind mount Docker API socket and required auth' },
  { name: 'user', shorthand: 'u', type: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { name: 'userns', type: 'string', usage: 'User namespace to use' },
  { name: 'uts', type: 'string', usage: 'UTS namespace to use' },
  { name: 'volume', shorthand: 'v', type: 'stringArray', valueName: 'list', usage: 'Bind mount a volume' },
  { name: 'volume-driver', type: 'string', usage: 'Optional volume driver for the container' },
  { name: 'volumes-from', type: 'stringArray', valueName: 'list', usage: 'Mount volumes from the specified container(s)' },
  { name: 'workdir', shorthand: 'w', type: 'string', usage: 'Working directory inside the container' },
  // Hidden aliases that docker still accepts: --net for --network, --net-alias for --network-alias.
  { name: 'net', type: 'stringArray', valueName: 'network', usage: 'Connect a container to a network', hidden: true },
  { name: 'net-alias', type: 'stringArray', valueName: 'list', usage: 'Add network-scoped alias for the container', hidden: true },
]

/** Flags only `docker run` has: it can detach and proxy signals, `docker create` does not start anything. */
export const RUN_ONLY_FLAGS: FlagSpec[] = [
  { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
  { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
  { name: 'sig-proxy', type: 'bool', default: 'true', usage: 'Proxy received signals to the process' },
]
