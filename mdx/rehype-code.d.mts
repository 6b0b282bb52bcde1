import type { Root } from 'hast'
import type { VFile } from 'vfile'

export default function rehypeCode(): (tree: Root, file: VFile) => Promise<void>
