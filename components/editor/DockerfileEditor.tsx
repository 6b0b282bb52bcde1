import type { DockerfileEditorProps } from './editor-props'
import { EditorPlaceholder } from './EditorPlaceholder'
import { LazyDockerfileEditor } from './LazyDockerfileEditor'

/**
 * Renders `<DockerfileEditor … />` in a lesson's MDX. It runs on the server,
 * so the page ships a read-only copy of the editor instead of its code, and
 * the editor loads when it comes near the viewport.
 */
export default function DockerfileEditor(props: DockerfileEditorProps) {
  return <LazyDockerfileEditor {...props} placeholder={<EditorPlaceholder {...props} />} />
}
