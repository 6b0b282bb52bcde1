import type { Root } from 'hast'
import type { VFile } from 'vfile'

export const SPLIT_MARKER: string

export default function rehypeSections(): (tree: Root, file: VFile) => void
