/**
 * Putting a trash entry back, from the toast, the trash list or a workshop's earlier
 * drafts: one channel, then every screen reads its records again (a restore can touch
 * any of them) and the toast says what came back.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api/api'
import { tellRestored } from './undo-offer'

export function useRestore() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('trash:restore', { id }),
    onSuccess: async ({ restored, displaced }) => {
      tellRestored(restored, displaced)
      await client.invalidateQueries()
    },
  })
}
