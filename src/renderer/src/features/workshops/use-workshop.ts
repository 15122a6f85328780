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

export function downloadBase64(fileName: string, mime: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
