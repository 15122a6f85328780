/**
 * Annotations anchored to a page and rects in PDF coordinates, so they survive
 * zoom, reflow of the viewer and a different screen. Each is facilitator-only or
 * shareable; the Markdown export leaves facilitator-only ones out unless asked.
 */
import type { Annotation, AnnotationFields } from '@shared/model'
import { ServiceError } from '@shared/result'
import { notesWords } from '@shared/notes-words'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { labelFor, type Trashed } from '@shared/trash'
import { takeOut, throwAway } from '../trash/trash'
import type { EditOutcome, FieldEdit } from '@shared/edits'
import { editRecord } from '../edits/edit-record'
import { applyField } from '../edits/apply-edits'

export const listAnnotations = (store: Store, resourceId: string): Annotation[] =>
  store
    .read()
    .annotations.filter((a) => a.resourceId === resourceId)
    .sort((a, b) => a.page - b.page || (b.rects[0]?.[3] ?? 0) - (a.rects[0]?.[3] ?? 0))

export function createAnnotation(store: Store, clock: Clock, fields: AnnotationFields): Promise<Annotation> {
  return store.update((data) => {
    if (!data.resources.some((r) => r.id === fields.resourceId))
      throw new ServiceError('not-found', userMessage('resource-gone'))
    const now = clock.now()
    const annotation = { ...fields, id: newId(), createdAt: now, updatedAt: now }
    data.annotations.push(annotation)
    return annotation
  })
}

/** One field of the annotation as it is now; a collision with another edit of that field is answered, not written. */
export function editAnnotation(
  store: Store,
  clock: Clock,
  id: string,
  edit: FieldEdit,
): Promise<EditOutcome<Annotation>> {
  const find = (data: { annotations: Annotation[] }) => {
    const found = data.annotations.find((a) => a.id === id)
    if (!found) throw new ServiceError('not-found', userMessage('annotation-gone'))
    return found
  }
  return editRecord(store, clock, find, (a) => applyField(a, edit))
}

export function deleteAnnotation(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.annotations, id, () => new ServiceError('not-found', userMessage('annotation-gone')))
    const label = labelFor(record.body || record.quote)
    return throwAway(data, clock, { kind: 'annotation', label, parentId: record.resourceId, record })
  })
}

const quoteBlock = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')

/** In the facilitator's language (the language setting): it is what they share. */
export function annotationsMarkdown(store: Store, resourceId: string, includeFacilitatorOnly: boolean): string {
  const words = notesWords[store.read().settings.language]
  const resource = store.read().resources.find((r) => r.id === resourceId)
  if (!resource) throw new ServiceError('not-found', userMessage('resource-gone'))
  const items = listAnnotations(store, resourceId).filter((a) => includeFacilitatorOnly || a.visibility === 'shareable')
  const lines = [`# ${words.title(resource.title)}`, '']
  if (resource.citation) lines.push(`*${resource.citation}*`, '')
  for (const a of items) {
    lines.push(`## ${words.heading(a.kind, a.page)}`, '')
    if (a.quote) lines.push(quoteBlock(a.quote), '')
    if (a.body) lines.push(a.body.trim(), '')
  }
  if (!items.length) lines.push(words.none, '')
  return lines.join('\n')
}
