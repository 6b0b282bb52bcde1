// Input and output of the runtime-security audit of one `docker run`.

export interface RunMount {
  type: 'bind' | 'volume' | 'tmpfs'
  /** Host path for bind mounts, volume name for volumes, empty for tmpfs. */
  source: string
  /** Path inside the container. */
  target: string
  readOnly: boolean
}

export interface PublishedPort {
  /** Host address; empty or `0.0.0.0` means every interface. */
  hostIp: string
  /** Host port; 0 when Docker picks an ephemeral port (`-p 80`, `-P`). */
  hostPort: number
  containerPort: number
  protocol: 'tcp' | 'udp' | 'sctp'
}

export interface RestartPolicy {
  name: 'no' | 'always' | 'unless-stopped' | 'on-failure'
  /** `N` of `on-failure:N`; 0 when not given. */
  maximumRetryCount: number
}

/**
 * The security-relevant settings of one `docker run`, after defaults are applied.
 *
 * The engine core builds it from the container it created:
 * - `privileged`, `readOnlyRootfs`, `memory`, `nanoCpus`, `networkMode`, `capAdd`, `capDrop`
 *   and `securityOpt` come from HostSettings, with `null` lists turned into `[]`;
 * - `restartPolicy` is HostSettings.restartPolicy with `Name`/`MaximumRetryCount` renamed,
 *   and an empty `Name` mapped to `no`;
 * - `publishedPorts` is `publishedPortsFromSpecs(host.publish)`, plus one entry with
 *   hostPort 0 per exposed port when `-P` is given;
 * - `mounts` lists `-v`/`--mount` and `--tmpfs` (type `tmpfs`, empty source);
 * - `user` is the `--user` value or `''`, and `imageUser` is the image's Config.User;
 * - `healthcheck` is `'flags'` when `--health-cmd` is given, `'none'` with `--no-healthcheck`,
 *   else `'image'` when the image has a Healthcheck whose Test is not `["NONE"]`, else `'none'`;
 * - `pidMode`, `ipcMode`, `utsMode`, `usernsMode` are the flag values or `''`;
 * - `pidsLimit` is the `--pids-limit` value, or undefined when the flag is absent.
 */
export interface RunSecurityConfig {
  privileged: boolean
  /** `bridge` (the default), `host`, `none`, `container:<id>` or a network name. */
  networkMode: string
  pidMode: string
  ipcMode: string
  utsMode: string
  usernsMode: string
  mounts: RunMount[]
  /** Memory limit in bytes; 0 means no limit. */
  memory: number
  /** CPU limit in billionths of a CPU (`--cpus 1.5` is 1.5e9); 0 means no limit. */
  nanoCpus: number
  /** Relative CPU weight from `--cpu-shares`; 0 means not set. */
  cpuShares: number
  /** Maximum number of processes; undefined, 0 and -1 mean no limit. */
  pidsLimit: number | undefined
  readOnlyRootfs: boolean
  /** The `--user` value, or empty when the image's default user applies. */
  user: string
  /** The image's default user (Config.User); empty means root. */
  imageUser: string
  restartPolicy: RestartPolicy
  /** Source of the container's health check: `--health-cmd`, the image, or none at all. */
  healthcheck: 'flags' | 'image' | 'none'
  /** Capabilities as given to `--cap-add`/`--cap-drop`, with or without the `CAP_` prefix. */
  capAdd: string[]
  capDrop: string[]
  /** `--security-opt` values as given, e.g. `no-new-privileges`, `seccomp=unconfined`. */
  securityOpt: string[]
  publishedPorts: PublishedPort[]
  /** `--device` values, e.g. `/dev/fuse`. */
  devices: string[]
  /** True when the daemon runs with `--no-new-privileges`, which covers every container. */
  daemonNoNewPrivileges?: boolean
}

export type AuditStatus = 'pass' | 'warn' | 'info'

export interface AuditFinding {
  /** docker-bench-security check number, e.g. `5.4`. */
  id: string
  /** docker-bench-security's English title of the check. */
  title: string
  status: AuditStatus
  /** Italian: what the setting does and why it matters for this container. */
  explanation: string
  /** Italian, with the flag to use; present for `warn` and `info`. */
  fix?: string
}

export interface AuditResult {
  /** Share of scored checks that pass, from 0 to 100, as auditRun computes it. */
  score: number
  findings: AuditFinding[]
}
