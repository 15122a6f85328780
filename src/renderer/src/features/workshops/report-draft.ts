/**
 * The report draft beside the record: composing writes on the main side (an edited
 * draft it replaces goes to the trash), and when the record's draft changes under the
 * box — compose, Undo, going back to an earlier draft — the box follows, unless it
 * holds typing not yet saved.
 */
import { useEffect, useRef } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Workshop } from '@shared/workshop'
import { call } from '../../api/api'
import { offerUndo } from '../../shell/undo/undo-offer'

export function useComposeDraft(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (withNames: boolean) => call('workshops:composeReport', { id, withNames }),
    onSuccess: ({ workshop, trashed }) => {
      client.setQueryData<Workshop>(['workshop', id], workshop)
      offerUndo(trashed)
      return client.invalidateQueries({ queryKey: ['trash'] })
    },
  })
}

export function useDraftFollowsRecord(recorded: string, local: string, setLocal: (text: string) => void): void {
  const seen = useRef(recorded)
  useEffect(() => {
    if (recorded === seen.current) return
    if (local === seen.current) setLocal(recorded)
    seen.current = recorded
  }, [recorded, local, setLocal])
}
