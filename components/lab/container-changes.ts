// Finds the container changes worth announcing to a screen reader. The
// STATUS string changes every second ("Up 3 seconds", "Up 4 seconds"), so
// only creation, removal, state and health status changes are reported.

import type { ContainerSummary } from '@/engine/api'
import { announcementText, healthLabels } from './strings'

export function describeContainerChanges(
  previous: readonly ContainerSummary[],
  next: readonly ContainerSummary[],
): string[] {
  const previousById = new Map(previous.map((container) => [container.id, container]))
  const nextIds = new Set(next.map((container) => container.id))
  const messages: string[] = []

  for (const container of next) {
    const before = previousById.get(container.id)

    if (!before) {
      messages.push(announcementText.created(container.name, container.state))
      continue
    }
    if (before.state !== container.state) {
      messages.push(announcementText.stateChanged(container.name, container.state))
    }
    if (container.health && before.health?.status !== container.health.status) {
      messages.push(announcementText.healthChanged(container.name, healthLabels[container.health.status]))
    }
  }

  for (const container of previous) {
    if (!nextIds.has(container.id)) messages.push(announcementText.removed(container.name))
  }

  return messages
}
