// Virtual file sizes for files that stand for large content (installed
// packages, caches, compiled binaries). The simulated files hold a few bytes
// of text, so the builder counts the recorded size instead when it measures
// the layer a RUN produced.

let active: Map<string, number> | undefined

/** Runs `body` while programs record virtual sizes into `sizes`. */
export function withVirtualSizes<T>(sizes: Map<string, number>, body: () => T): T {
  const previous = active
  active = sizes
  try {
    return body()
  } finally {
    active = previous
  }
}

/** Records that the file at `path` stands for `bytes` bytes; ignored outside a build step. */
export function recordVirtualSize(path: string, bytes: number): void {
  active?.set(path, bytes)
}
