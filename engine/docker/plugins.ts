// The docker CLI plugins installed on the simulated host, in
// /usr/libexec/docker/cli-plugins as the docker-ce packages install them.
// `docker info` lists them and `docker --help` shows them, starred, among the
// management commands.

/** One CLI plugin as the plugin manager reports it (`pluginmanager.Plugin`). */
export interface CliPlugin {
  name: string
  /** The plugin's `ShortDescription`, which `docker --help` shows. */
  description: string
  vendor: string
  version: string
}

// NOTE: the versions are plausible for a docker-ce 28.2.2 host of June 2025;
// they were not captured from a real machine.
export const CLI_PLUGINS: readonly CliPlugin[] = [
  { name: 'buildx', description: 'Docker Buildx', vendor: 'Docker Inc.', version: 'v0.24.0' },
  { name: 'compose', description: 'Docker Compose', vendor: 'Docker Inc.', version: 'v2.36.2' },
  { name: 'scout', description: 'Docker Scout', vendor: 'Docker Inc.', version: 'v1.18.0' },
]

export function pluginPath(plugin: CliPlugin): string {
  return `/usr/libexec/docker/cli-plugins/docker-${plugin.name}`
}
