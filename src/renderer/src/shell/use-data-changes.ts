/**
 * Open screens follow changes made elsewhere — another tab, the presenter window, a
 * second window of the desktop app: each `data:changed` event another page caused
 * makes the queries showing that record fetch again. A page's own changes are not
 * fetched again: the answer to its call already carried the record.
 */
import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { events } from '../api/events'
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
}
