/**
 * The team folder's sync as the main side reports it: the app's one progress event,
 * batch `team:<n>` (the library's import ignores those). Running from the first event
 * of a batch until its last (filesDone = files = 1 closes it), wherever the sync came
 * from — Sync now, the timer, or the folder watch.
 */
import { useEffect, useState } from 'react'
import type { ImportProgress } from '@shared/contract'
import { events } from '../../api/events'

export function useTeamProgress(onDone: () => void): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type !== 'import:progress' || !event.payload.batchId.startsWith('team:')) return
        const p = event.payload
        const ended = p.files === 1 && p.filesDone === 1 && !p.current
        setProgress(ended ? null : p)
        if (ended) onDone()
      }),
    [onDone],
  )
  return progress
}
