/**
 * Library records: list, read, edit, delete with undo. A deleted resource goes to
 * the one trash with its file kept, so Undo brings it back whole; a PDF is removed
 * only when no resource (live or in the trash) still uses it.
 */
import type { Resource, ResourceEdit } from '@shared/model'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { throwAway, trashedResources } from '../trash/trash'
import { sweepOrphans } from './content-store'
import type { Trashed } from '@shared/trash'

export const listResources = (store: Store): Resource[] =>
  [...store.read().resources].sort((a, b) => a.title.localeCompare(b.title))

const notFound = (id: string) => new ServiceError('not-found', userMessage('resource-not-found', { id }))

export function getResource(store: Store, id: string): Resource {
  const found = store.read().resources.find((r) => r.id === id)
  if (!found) throw notFound(id)
  return found
}

export function updateResource(store: Store, clock: Clock, id: string, patch: ResourceEdit): Promise<Resource> {
  if (patch.title !== undefined && patch.title.trim() === '')
    throw new ServiceError('invalid-input', userMessage('title-required'))
  return store.update((data) => {
    const index = data.resources.findIndex((r) => r.id === id)
    if (index < 0) throw notFound(id)
    const updated = { ...data.resources[index]!, ...patch, updatedAt: clock.now() }
    data.resources[index] = updated
    return updated
  })
}

export function deleteResource(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const index = data.resources.findIndex((r) => r.id === id)
    if (index < 0) throw notFound(id)
    const [record] = data.resources.splice(index, 1)
    return throwAway(data, clock, { kind: 'resource', label: record!.title, parentId: null, record: record! })
  })
}

/** At start-up, after the trash has been emptied of old entries: remove content no record uses. */
export async function tidyLibrary(store: Store, paths: DataPaths): Promise<string[]> {
  const data = store.read()
  const referenced = new Set(
    [...data.resources, ...trashedResources(data)].flatMap((r) => (r.file ? [r.file.sha256] : [])),
  )
  return sweepOrphans(paths, referenced)
}
