// The request the editor's build button sends to the lab: the files to write
// under the context directory and the `docker build` line to type.

import type { LabFile } from '@/lib/lab-bus'

export interface EditorFile {
  /** Path relative to the context directory, e.g. `Dockerfile` or `src/app.py`. */
  name: string
  content: string
}

/** Returns the editor's files as the lesson sets them: the Dockerfile first, then the context files. */
export function initialFiles(dockerfile: string, files: Record<string, string>): EditorFile[] {
  return [{ name: 'Dockerfile', content: dockerfile }, ...Object.entries(files).map(([name, content]) => ({ name, content }))]
}

// Directory names and tags reach the shell unquoted, so they are limited to
// characters the shell never splits or expands.
const DIRECTORY = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/
const TAG = /^[a-z0-9._/-]+(:[A-Za-z0-9._-]+)?$/

/** Returns the files, under `~/<directory>/`, and the command that builds them as `tag`. */
export function buildRequest(directory: string, tag: string, files: readonly EditorFile[]): { files: LabFile[]; command: string } {
  if (!DIRECTORY.test(directory) || directory.split('/').includes('..')) {
    throw new Error(`invalid context directory "${directory}": use letters, digits, '.', '_', '-' and '/' only`)
  }
  if (!TAG.test(tag)) throw new Error(`invalid image tag "${tag}": use lower-case letters, digits, '.', '_', '-', '/' and one ':' before the tag`)

  return {
    files: files.map((file) => ({ path: `~/${directory}/${file.name}`, content: file.content })),
    command: `cd ~/${directory} && docker build -t ${tag} .`,
  }
}
