/**
 * Open screens follow changes made elsewhere — another tab, the presenter window, a
 * second window of the desktop app: each `data:changed` event another page caused
 * makes the queries showing that record fetch again. A page's own changes are not
 * fetched again: the answer to its call already carried the record. After a break in browser
 * mode's stream (the laptop slept, the server restarted) everything shown is fetched again: what
 * changed meanwhile was not said.
 */
import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { events, onEventsResumed } from '../api/events'
import { clientId } from '../api/client-id'
import { queriesShowing } from '../api/data-keys'

export function useDataChanges(): void {
  const client = useQueryClient()
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type !== 'data:changed' || event.payload.by === clientId) return
        for (const queryKey of queriesShowing(event.payload)) void client.invalidateQueries({ queryKey })
      }),
    [client],
  )
  useEffect(() => onEventsResumed(() => void client.invalidateQueries()), [client])
}
