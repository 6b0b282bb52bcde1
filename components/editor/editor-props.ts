// Props of `<DockerfileEditor>` in a lesson's MDX, shared by the server
// placeholder and the interactive editor.

export interface DockerfileEditorProps {
  /** Dockerfile text the editor starts with. */
  dockerfile: string
  /** Other files of the build context by path relative to the context directory, e.g. `{ 'requirements.txt': 'flask\n' }`. */
  files?: Record<string, string>
  /** Directory under the student's home that receives the files; letters, digits, `.`, `_`, `-`, `/`. */
  directory?: string
  /** Image name passed to `docker build -t`. */
  tag?: string
  /** Heading of the editor, also used in its accessible name. */
  title?: string
}
