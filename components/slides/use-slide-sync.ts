'use client'

import { useEffect, useRef } from 'react'
import { parseSyncMessage, slideChannelName, type SlideSyncMessage, type SlideSyncState } from '@/lib/slides/sync'

function createSenderId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2)
}

function sameState(a: SlideSyncState | null, b: SlideSyncState | null): boolean {
  return a !== null && b !== null && a.index === b.index && a.blank === b.blank
}

/**
 * Keeps slide position and blank screen in step with the other windows of
 * the same lesson in this browser (presenter view and audience window).
 *
 * On mount a page only requests the current state, so a reloaded page
 * follows its peer instead of overriding it. Afterwards every local change
 * is posted, except the change that applies a peer's message, which would
 * echo back.
 */
export function useSlideSync(
  slug: string,
  state: SlideSyncState | null,
  onRemoteState: (state: SlideSyncState) => void,
): void {
  const channelRef = useRef<BroadcastChannel | null>(null)
  const senderRef = useRef('')
  const stateRef = useRef(state)
  const pendingRemoteRef = useRef<SlideSyncState | null>(null)
  const announcedRef = useRef(false)
  const remoteHandlerRef = useRef(onRemoteState)

  useEffect(() => {
    remoteHandlerRef.current = onRemoteState
  }, [onRemoteState])

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return

    const sender = createSenderId()
    const channel = new BroadcastChannel(slideChannelName(slug))
    const post = (message: SlideSyncMessage) => channel.postMessage(message)

    senderRef.current = sender
    channelRef.current = channel

    channel.onmessage = (event: MessageEvent) => {
      const message = parseSyncMessage(event.data)
      if (!message || message.sender === sender) return

      if (message.type === 'request-state') {
        if (stateRef.current) post({ type: 'state', sender, ...stateRef.current })
        return
      }

      // Until this page has counted its slides it cannot apply a position.
      // Its own request, sent once it has, brings the state again.
      const remote = { index: message.index, blank: message.blank }
      if (!stateRef.current || sameState(remote, stateRef.current)) return
      pendingRemoteRef.current = remote
      remoteHandlerRef.current(remote)
    }

    return () => {
      channel.close()
      channelRef.current = null
    }
  }, [slug])

  useEffect(() => {
    stateRef.current = state
    if (!state) return

    // The first known state comes from this page's own URL: instead of
    // announcing it, ask whether a peer is already showing another slide.
    // Asking only now, not when the channel opens, means a reply always
    // finds the slides counted and the URL read.
    if (!announcedRef.current) {
      announcedRef.current = true
      channelRef.current?.postMessage({ type: 'request-state', sender: senderRef.current } satisfies SlideSyncMessage)
      return
    }
    if (sameState(state, pendingRemoteRef.current)) {
      pendingRemoteRef.current = null
      return
    }

    channelRef.current?.postMessage({ type: 'state', sender: senderRef.current, ...state } satisfies SlideSyncMessage)
  }, [state])
}
