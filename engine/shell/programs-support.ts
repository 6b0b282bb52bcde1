// Re-exports the filesystem helpers the programs use, so they import from one place.

export { baseName, FsError, modeString, resolvePath, type FsNode } from '../fs/vfs'
export { lsTime } from '../core/time'
