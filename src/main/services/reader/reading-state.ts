import type { ReadingState } from '@shared/model'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'

export const getReadingState = (store: Store, resourceId: string): ReadingState | null =>
  store.read().readingStates.find((s) => s.resourceId === resourceId) ?? null

export function setReadingState(
  store: Store,
  clock: Clock,
  state: Omit<ReadingState, 'updatedAt'>,
): Promise<ReadingState> {
  return store.update((data) => {
    const next = { ...state, updatedAt: clock.now() }
    data.readingStates = [...data.readingStates.filter((s) => s.resourceId !== state.resourceId), next]
    return next
  })
}
