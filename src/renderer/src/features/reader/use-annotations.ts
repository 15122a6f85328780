import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Input } from '@shared/contract'
import type { Annotation, AnnotationFields } from '@shared/model'
import { useAutosave, type Autosave } from '../../save/use-autosave'
import { recordSaver } from '../../save/record-saver'
import { asIs } from '../../save/codec'
import { call } from '../../api/api'
import { saveBlob } from '../../api/download'
import { fileSafeName } from '@shared/text'

export function useAnnotations(resourceId: string) {
  const client = useQueryClient()
  const key = ['annotations', resourceId]
  const list = useQuery({ queryKey: key, queryFn: () => call('annotations:list', { resourceId }) })
  const refresh = () => client.invalidateQueries({ queryKey: key })
  const create = useMutation({
    mutationFn: (fields: AnnotationFields) => call('annotations:create', fields),
    onSuccess: refresh,
  })
  const remove = useMutation({ mutationFn: (id: string) => call('annotations:delete', { id }), onSuccess: refresh })
  return { list: list.data ?? [], create, remove }
}

function putAnnotation(client: QueryClient, a: Annotation) {
  client.setQueryData<Annotation[]>(['annotations', a.resourceId], (held) =>
    held?.map((x) => (x.id === a.id && x.updatedAt <= a.updatedAt ? a : x)),
  )
}

type EditableField = 'body' | 'color' | 'visibility'

/** The note's text, colour or visibility, saved as the facilitator types or chooses. */
export function useAnnotationField<K extends EditableField>(
  a: Annotation,
  field: K,
  label: string,
): Autosave<Annotation[K]> {
  const client = useQueryClient()
  const save = recordSaver({
    codec: asIs<Annotation[K]>(),
    send: (value, base) =>
      call('annotations:edit', { id: a.id, edit: { field, value, base } as Input<'annotations:edit'>['edit'] }),
    put: (record: Annotation) => putAnnotation(client, record),
    read: (record) => record[field],
  })
  const now = client.getQueryData<Annotation[]>(['annotations', a.resourceId])?.find((x) => x.id === a.id) ?? a
  return useAutosave(`annotation/${a.id}/${field}`, now[field], save, label)
}

export async function downloadMarkdown(resourceId: string, title: string, includeFacilitatorOnly: boolean) {
  const markdown = await call('annotations:exportMarkdown', { resourceId, includeFacilitatorOnly })
  saveBlob(`${fileSafeName(title, 'notes')} — notes.md`, new Blob([markdown], { type: 'text/markdown' }))
}
