import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Trashed } from '@shared/trash'
import { offerUndo } from './undo-offer'

/** A delete (or reset) that offers Undo and reads again what the screen lists. */
export function useDelete<I>(remove: (input: I) => Promise<Trashed>, refreshKey: readonly unknown[]) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: remove,
    onSuccess: (ticket) => {
      offerUndo(ticket)
      return client.invalidateQueries({ queryKey: refreshKey })
    },
  })
}
