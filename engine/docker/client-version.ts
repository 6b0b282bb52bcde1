/** The `Client:` block of `docker version` for the CLI the simulator models, docker 28.2.2. */
export const CLIENT_VERSION_LINES: readonly string[] = [
  'Client:',
  ' Version:           28.2.2',
  ' API version:       1.50',
  ' Go version:        go1.24.3',
  ' Git commit:        e6534b4',
  ' Built:             Fri May 30 12:07:14 2025',
  ' OS/Arch:           linux/amd64',
  ' Context:           default',
]
