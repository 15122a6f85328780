/**
 * Work the facilitator did not ask for — saving the search index, taking a backup,
 * noting a change in the journal — must never take the app down. It runs through
 * here: a failure is logged, the facilitator is told once in their language (a full
 * disk is named as such, with what still works), and the work is tried again later.
 */
import { userMessage, type UserMessage } from '@shared/user-message'
import { isDiskFull } from '../durable-write'

export type Notify = (message: UserMessage) => void

export type BackgroundWork = 'search-index' | 'backup' | 'journal'

export const RETRY_MS = 30_000

export function backgroundFailure(error: unknown, work: BackgroundWork): UserMessage {
  if (isDiskFull(error)) return userMessage('disk-full-background')
  const detail = error instanceof Error ? error.message : String(error)
  return userMessage(work === 'search-index' ? 'index-not-saved' : 'backup-not-taken', { detail })
}

/** Runs `work`; never rejects. On failure tells, and calls `retry` after RETRY_MS if given. */
export async function inBackground(
  work: () => Promise<void>,
  what: BackgroundWork,
  notify: Notify,
  retry?: () => void,
): Promise<boolean> {
  try {
    await work()
    return true
  } catch (error) {
    console.error(`${what}:`, error)
    notify(backgroundFailure(error, what))
    if (retry) setTimeout(retry, RETRY_MS).unref()
    return false
  }
}
