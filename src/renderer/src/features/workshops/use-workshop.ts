import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '@shared/contract'
import type { Workshop, WorkshopFields } from '@shared/workshop'
import { call } from '../../api/api'

type RunInput = Input<'workshops:run'>
type RunAction = RunInput extends infer U ? (U extends unknown ? Omit<U, 'id'> : never) : never

export function useWorkshop(id: string) {
  const client = useQueryClient()
  const key = ['workshop', id]
  const workshop = useQuery({ queryKey: key, queryFn: () => call('workshops:get', { id }) })
  const put = (w: Workshop) => client.setQueryData(key, w)
  const update = useMutation({
    mutationFn: (patch: Partial<WorkshopFields>) => call('workshops:update', { id, patch }),
    onSuccess: put,
  })
  const run = useMutation({
    mutationFn: (action: RunAction) => call('workshops:run', { id, ...action } as RunInput),
    onSuccess: put,
  })
  const addNote = useMutation({
    mutationFn: (note: Omit<Input<'workshops:addNote'>, 'id'>) => call('workshops:addNote', { id, ...note }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  })
  return { workshop: workshop.data, error: workshop.error, update, run, addNote }
}

export type WorkshopApi = ReturnType<typeof useWorkshop>
