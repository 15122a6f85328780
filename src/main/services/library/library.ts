/**
 * Library records: list, read, edit, delete with undo. A deleted resource goes to
 * the trash with its file kept, so "undo" can bring it back whole; the trash is
 * emptied at the next start, and a PDF is removed only when no resource (live or
 * in the trash) still uses it.
 */
import type { Resource } from '@shared/model'
import type { EditOutcome, FieldEdit } from '@shared/edits'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { sweepOrphans } from './content-store'
import { editRecord } from '../edits/edit-record'
import { applyField } from '../edits/apply-edits'

export const listResources = (store: Store): Resource[] =>
  [...store.read().resources].sort((a, b) => a.title.localeCompare(b.title))

const notFound = (id: string) => new ServiceError('not-found', userMessage('resource-not-found', { id }))

export function getResource(store: Store, id: string): Resource {
  const found = store.read().resources.find((r) => r.id === id)
  if (!found) throw notFound(id)
  return found
}

/** One field of a resource's details (a title cannot be blank). */
export function editResource(store: Store, clock: Clock, id: string, edit: FieldEdit): Promise<EditOutcome<Resource>> {
  if (edit.field === 'title' && String(edit.value).trim() === '')
    throw new ServiceError('invalid-input', userMessage('title-required'))
  const find = (data: { resources: Resource[] }) => {
    const found = data.resources.find((r) => r.id === id)
    if (!found) throw notFound(id)
    return found
  }
  return editRecord(store, clock, find, (r) => applyField(r, edit))
}

export function deleteResource(store: Store, clock: Clock, id: string): Promise<{ id: string; title: string }> {
  return store.update((data) => {
    const index = data.resources.findIndex((r) => r.id === id)
    if (index < 0) throw notFound(id)
    const [removed] = data.resources.splice(index, 1)
    data.trash.push({ ...removed!, deletedAt: clock.now() })
    return { id, title: removed!.title }
  })
}

export function undoDelete(store: Store, id: string): Promise<Resource> {
  return store.update((data) => {
    const index = data.trash.findIndex((r) => r.id === id)
    if (index < 0) throw new ServiceError('not-found', userMessage('undo-expired'))
    const [{ deletedAt: _d, ...resource }] = data.trash.splice(index, 1) as [Resource & { deletedAt: string }]
    data.resources.push(resource)
    return resource
  })
}

/** At start-up: empty the trash (with its annotations and reading places), then remove content no record uses. */
export async function tidyLibrary(store: Store, paths: DataPaths): Promise<string[]> {
  if (store.read().trash.length) {
    await store.update((data) => {
      const gone = new Set(data.trash.map((r) => r.id))
      data.trash = []
      data.annotations = data.annotations.filter((a) => !gone.has(a.resourceId))
      data.readingStates = data.readingStates.filter((s) => !gone.has(s.resourceId))
    })
  }
  const referenced = new Set(
    [...store.read().resources, ...store.read().trash].flatMap((r) => (r.file ? [r.file.sha256] : [])),
  )
  return sweepOrphans(paths, referenced)
}
