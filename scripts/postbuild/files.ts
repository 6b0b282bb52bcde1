import fs from 'node:fs'
import path from 'node:path'

/** Lists every file under `root`, as paths relative to it, in sorted order. */
export function listFiles(root: string): string[] {
  const files: string[] = []

  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files.push(path.relative(root, path.join(entry.parentPath, entry.name)))
  }

  return files.sort()
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
