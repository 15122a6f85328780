/**
 * Reusable agenda blocks. Saving a template under a title already used replaces the
 * old one, which goes to the trash like a deleted one, so neither is lost for good.
 */
import { ServiceError } from '@shared/result'
import type { Trashed } from '@shared/trash'
import { userMessage } from '@shared/user-message'
import type { BlockTemplate } from '@shared/workshop'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { takeOut, throwAway } from '../trash/trash'

export const listTemplates = (store: Store): BlockTemplate[] => [...store.read().blockTemplates]

export function saveTemplate(store: Store, clock: Clock, fields: Omit<BlockTemplate, 'id'>): Promise<BlockTemplate> {
  return store.update((data) => {
    const same = data.blockTemplates.find((x) => x.title === fields.title)
    if (same) {
      const record = takeOut(data.blockTemplates, same.id, () => new Error('unreachable'))
      throwAway(data, clock, { kind: 'template', label: record.title, parentId: null, record })
    }
    const template = { ...fields, id: newId() }
    data.blockTemplates.push(template)
    return template
  })
}

export function deleteTemplate(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.blockTemplates, id, () => new ServiceError('not-found', userMessage('template-gone')))
    return throwAway(data, clock, { kind: 'template', label: record.title, parentId: null, record })
  })
}
