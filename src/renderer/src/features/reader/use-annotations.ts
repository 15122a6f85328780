import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '@shared/contract'
import type { Annotation, AnnotationFields } from '@shared/model'
import { useListedField } from '../../save/use-listed-field'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
import { saveBlob } from '../../api/download'
import { fileSafeName } from '@shared/text'

/**
 * `drawn`: false while the reader shows only its stage (stage-first.ts). The notes are asked for at
 * once, but their arrival then redraws nothing: the reader read them when it is drawn in full.
 * Arriving with the page's picture, they redrew the whole reader before the picture was shown.
 */
export function useAnnotations(resourceId: string, drawn = true) {
  const client = useQueryClient()
  const key = ['annotations', resourceId]
  const list = useQuery({
    queryKey: key,
    queryFn: () => call('annotations:list', { resourceId }),
    notifyOnChangeProps: drawn ? undefined : [],
  })
  const refresh = () => client.invalidateQueries({ queryKey: key })
  const create = useMutation({
    mutationFn: (fields: AnnotationFields) => call('annotations:create', fields),
    onSuccess: refresh,
  })
  const remove = useDelete((id: string) => call('annotations:delete', { id }), key)
  /** the notes as they are now, arrived or not drawn yet */
  const current = () => client.getQueryData<Annotation[]>(key) ?? []
  return { list: list.data ?? [], current, create, remove }
}

type EditableField = 'body' | 'color' | 'visibility'

/** The note's text, colour or visibility, saved as the facilitator types or chooses. */
export function useAnnotationField<K extends EditableField>(a: Annotation, field: K, label: string) {
  return useListedField<Annotation, Annotation[K]>({
    listKey: ['annotations', a.resourceId],
    record: a,
    field,
    label,
    keys: `annotation/${a.id}/`,
    send: (edit) => call('annotations:edit', { id: a.id, edit: edit as Input<'annotations:edit'>['edit'] }),
  })
}

export async function downloadMarkdown(resourceId: string, title: string, includeFacilitatorOnly: boolean) {
  const markdown = await call('annotations:exportMarkdown', { resourceId, includeFacilitatorOnly })
  saveBlob(`${fileSafeName(title, 'notes')} — notes.md`, new Blob([markdown], { type: 'text/markdown' }))
}
