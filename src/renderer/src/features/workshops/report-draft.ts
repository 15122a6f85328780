/**
 * Composing the report draft writes on the main side (an edited draft it replaces goes
 * to the trash, offered back by Undo); what is typed in the draft is saved first, so
 * Compose never works from an older draft than the one on screen.
 */
import { machineTimeZone } from '@shared/when'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api/api'
import { offerUndo } from '../../shell/undo/undo-offer'
import { putWorkshop } from './use-workshop'

export function useComposeDraft(id: string, draftSaved: () => Promise<void>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (withNames: boolean) => {
      await draftSaved()
      return call('workshops:composeReport', { id, withNames, timeZone: machineTimeZone() })
    },
    onSuccess: ({ workshop, trashed }) => {
      putWorkshop(client, workshop)
      offerUndo(trashed)
      return client.invalidateQueries({ queryKey: ['trash'] })
    },
  })
}
