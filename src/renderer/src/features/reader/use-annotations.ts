import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Annotation, AnnotationFields } from '@shared/model'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
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
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<Annotation, 'body' | 'color' | 'visibility'>> }) =>
      call('annotations:update', { id, patch }),
    onSuccess: refresh,
  })
  const remove = useDelete((id: string) => call('annotations:delete', { id }), key)
  return { list: list.data ?? [], create, update, remove }
}

export async function downloadMarkdown(resourceId: string, title: string, includeFacilitatorOnly: boolean) {
  const markdown = await call('annotations:exportMarkdown', { resourceId, includeFacilitatorOnly })
  saveBlob(`${fileSafeName(title, 'notes')} — notes.md`, new Blob([markdown], { type: 'text/markdown' }))
}
