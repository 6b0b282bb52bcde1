import { useEffect, useSyncExternalStore } from 'react'
import { useStore } from 'zustand'
import { noticeStore, progressStore, startProgressSync } from './client'
import type { ProgressState } from './store'

/**
 * Selects from the progress store. The server render and the first client
 * render see empty progress. Use `useProgressHydrated` to tell "no progress"
 * from "not loaded yet".
 */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector)
}

/** Returns true once saved progress has been read, and false on the server and during hydration. */
export function useProgressHydrated(): boolean {
  useEffect(startProgressSync, [])

  return useSyncExternalStore(
    (onChange) => progressStore.persist.onFinishHydration(() => onChange()),
    () => progressStore.persist.hasHydrated(),
    () => false,
  )
}

export function useProgressNotice() {
  return useStore(noticeStore)
}
