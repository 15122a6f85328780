/**
 * What can be taken away from a workshop — the whole record, one note, a draft the
 * facilitator edited — goes to the one trash in the same write, so Undo brings it back.
 */
import type { Language } from '@shared/model'
import { ServiceError } from '@shared/result'
import { labelFor, type Trashed } from '@shared/trash'
import { userMessage } from '@shared/user-message'
import type { Workshop } from '@shared/workshop'
import type { Data } from '../../store/schema'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { takeOut, throwAway } from '../trash/trash'
import { composeReport } from './report-compose'
import type { TimeZone } from '@shared/when'

const gone = () => new ServiceError('not-found', userMessage('workshop-gone'))

function workshopIn(data: Data, id: string): Workshop {
  const w = data.workshops.find((x) => x.id === id)
  if (!w) throw gone()
  return w
}

export function deleteWorkshop(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.workshops, id, gone)
    return throwAway(data, clock, { kind: 'workshop', label: record.title, parentId: null, record })
  })
}

export function deleteNote(store: Store, clock: Clock, id: string, noteId: string): Promise<Trashed> {
  return store.update((data) => {
    const w = workshopIn(data, id)
    const record = takeOut(w.notes, noteId, () => new ServiceError('not-found', userMessage('note-gone')))
    return throwAway(data, clock, { kind: 'note', label: labelFor(record.text), parentId: w.id, record })
  })
}

/** Composes the draft from the workshop and writes it; a draft it replaces is kept in the trash. */
export function composeDraft(
  store: Store,
  clock: Clock,
  id: string,
  withNames: boolean,
  language: Language,
  timeZone?: TimeZone,
): Promise<{ workshop: Workshop; trashed: Trashed | null }> {
  return store.update((data) => {
    const w = workshopIn(data, id)
    const draft = composeReport(w, withNames, language, timeZone, data)
    const previous = w.report.draft
    const trashed =
      previous.trim() && previous !== draft
        ? throwAway(data, clock, {
            kind: 'draft',
            label: labelFor(w.title),
            parentId: w.id,
            record: { draft: previous },
          })
        : null
    w.report = { ...w.report, draft }
    w.updatedAt = clock.now()
    return { workshop: w, trashed }
  })
}
