/**
 * Library records: list, read, edit, delete with undo. A deleted resource goes to
 * the one trash with its file kept, so Undo brings it back whole; a PDF is removed
 * only when no resource (live or in the trash) still uses it.
 */
import type { Resource } from '@shared/model'
import type { EditOutcome, FieldEdit } from '@shared/edits'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { throwAway, trashedResources } from '../trash/trash'
import { sweepOrphans } from './content-store'
import type { Trashed } from '@shared/trash'
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

export function deleteResource(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const index = data.resources.findIndex((r) => r.id === id)
    if (index < 0) throw notFound(id)
    const [record] = data.resources.splice(index, 1)
    return throwAway(data, clock, { kind: 'resource', label: record!.title, parentId: null, record: record! })
  })
}

/**
 * At start-up, after the trash has been emptied of old entries: remove content no record
 * uses — nor any snapshot kept in backups/ (`alsoKeep`), so restoring one brings its PDFs back.
 */
export async function tidyLibrary(store: Store, paths: DataPaths, alsoKeep = new Set<string>()): Promise<string[]> {
  const data = store.read()
  const referenced = new Set(
    [...data.resources, ...trashedResources(data)].flatMap((r) => (r.file ? [r.file.sha256] : [])),
  )
  for (const sha of alsoKeep) referenced.add(sha)
  return sweepOrphans(paths, referenced)
}
