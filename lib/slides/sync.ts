// Messages that keep the presenter view and the audience window on the same
// slide. Both pages open a BroadcastChannel with the lesson's channel name;
// every page that changes slide posts `state`, and a page that (re)loads
// posts `request-state` so any open peer replies with its own `state`.

export interface SlideSyncState {
  index: number
  blank: boolean
}

export type SlideSyncMessage =
  | ({ type: 'state'; sender: string } & SlideSyncState)
  | { type: 'request-state'; sender: string }

export function slideChannelName(slug: string): string {
  return `container-sicuri:slides:${slug}`
}

/** Validates a message from the channel. Returns null for anything else. */
export function parseSyncMessage(data: unknown): SlideSyncMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const message = data as Record<string, unknown>
  if (typeof message.sender !== 'string') return null

  if (message.type === 'request-state') return { type: 'request-state', sender: message.sender }
  if (message.type !== 'state') return null
  if (typeof message.index !== 'number' || !Number.isInteger(message.index) || message.index < 0) return null
  if (typeof message.blank !== 'boolean') return null

  return { type: 'state', sender: message.sender, index: message.index, blank: message.blank }
}
