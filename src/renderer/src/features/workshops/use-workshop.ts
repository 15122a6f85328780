/**
 * A workshop as the renderer holds it (one query per workshop) and the calls that
 * change it: each answer carries the record as it now is, put in the cache unless a
 * newer one is already there (answers can arrive out of order).
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Input } from '@shared/contract'
import type { Workshop } from '@shared/workshop'
import type { BlockOp, ParticipantOp } from '@shared/workshop-edits'
import { call } from '../../api/api'
import { offerUndo } from '../../shell/undo/undo-offer'

type RunInput = Input<'workshops:run'>
type RunAction = RunInput extends infer U ? (U extends unknown ? Omit<U, 'id'> : never) : never

export const workshopKey = (id: string) => ['workshop', id]

export function putWorkshop(client: QueryClient, w: Workshop): void {
  const held = client.getQueryData<Workshop>(workshopKey(w.id))
  if (!held || held.updatedAt <= w.updatedAt) client.setQueryData(workshopKey(w.id), w)
}

export function useWorkshop(id: string) {
  const client = useQueryClient()
  const key = workshopKey(id)
  const workshop = useQuery({
    queryKey: key,
    queryFn: () => call('workshops:get', { id }),
    // a fetch answered after a newer change's own answer must not bring the older record back
    structuralSharing: (held: unknown, fetched: unknown) =>
      held && (held as Workshop).updatedAt > (fetched as Workshop).updatedAt ? held : fetched,
  })
  const put = (w: Workshop) => putWorkshop(client, w)
  const agenda = useMutation({
    mutationFn: (ops: BlockOp[]) => call('workshops:editList', { id, list: 'agenda', ops }),
    onSuccess: (outcome) => {
      put(outcome.record)
      offerUndo(outcome.trashed?.at(-1))
    },
  })
  const participants = useMutation({
    mutationFn: (ops: ParticipantOp[]) => call('workshops:editList', { id, list: 'participants', ops }),
    onSuccess: (outcome) => {
      put(outcome.record)
      offerUndo(outcome.trashed?.at(-1))
    },
  })
  const run = useMutation({
    mutationFn: (action: RunAction) => call('workshops:run', { id, ...action } as RunInput),
    onSuccess: put,
  })
  const addNote = useMutation({
    mutationFn: (note: Omit<Input<'workshops:addNote'>, 'id'>) => call('workshops:addNote', { id, ...note }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  })
  return { workshop: workshop.data, error: workshop.error, agenda, participants, run, addNote }
}

export type WorkshopApi = ReturnType<typeof useWorkshop>
