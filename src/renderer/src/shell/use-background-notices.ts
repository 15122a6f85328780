/**
 * Notices from work the facilitator did not ask for (a full disk, a failed backup)
 * arrive as app:notice events; the shell shows them with the start-up notices, which
 * app:info carries, so refreshing that query is all it takes.
 */
import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { events } from '../api/events'

export function useBackgroundNotices(): void {
  const client = useQueryClient()
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type === 'app:notice') void client.invalidateQueries({ queryKey: ['app-info'] })
      }),
    [client],
  )
}
