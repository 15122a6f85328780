/**
 * Annotating from the bar always shows where the annotation went: the side panel turns
 * to Annotations with it selected, and a page note's box takes the focus. A page that
 * already has an empty note (or a bookmark) gets that one back instead of another.
 */
import { useState } from 'react'
import type { Annotation, AnnotationFields } from '@shared/model'
import type { useAnnotations } from './use-annotations'

export type SidePanel = 'outline' | 'pages' | 'annotations'

export function usePageNote(notes: ReturnType<typeof useAnnotations>) {
  const [panel, setPanel] = useState<SidePanel>('outline')
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null)

  const show = (a: Annotation, typeHere: boolean) => {
    setPanel('annotations')
    setSelectedId(a.id)
    if (typeHere) setFocus({ id: a.id, at: Date.now() })
  }
  const reusable = (kind: 'note' | 'bookmark', page: number) =>
    notes.current().find((a) => a.kind === kind && a.page === page && (kind === 'bookmark' || a.body.trim() === ''))

  const add = (fields: AnnotationFields) => {
    setPanel('annotations')
    const existing = fields.kind === 'highlight' ? undefined : reusable(fields.kind, fields.page)
    if (existing) return show(existing, fields.kind === 'note')
    if (notes.create.isPending) return
    notes.create.mutate(fields, { onSuccess: (a) => show(a, fields.kind === 'note') })
  }
  return { panel, setPanel, selectedId, setSelectedId, focus, add }
}
