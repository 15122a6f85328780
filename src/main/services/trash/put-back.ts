/**
 * Where each kind of trash entry goes back to. A record goes back into its list as it
 * was; a note back into its workshop, in time order; a run or a draft replaces the
 * current one, which is answered so the trash can keep it in turn (undoing an undo).
 */
import { ServiceError } from '@shared/result'
import { itemKinds, labelFor, type TrashEntry } from '@shared/trash'
import { userMessage } from '@shared/user-message'
import type { Data } from '../../store/schema'
import type { Clock } from '../clock'
import type { NewTrashEntry } from './trash'

const lists = {
  resource: 'resources',
  annotation: 'annotations',
  glossary: 'glossary',
  method: 'methods',
  timeline: 'timeline',
  workshop: 'workshops',
  scenario: 'scenarios',
  template: 'blockTemplates',
} as const

type ListKind = keyof typeof lists
type Listed = Extract<TrashEntry, { kind: ListKind }>

const isListed = (e: TrashEntry): e is Listed => e.kind in lists

const parentGone = (label: string) => new ServiceError('not-found', userMessage('restore-parent-gone', { label }))

function putInList(data: Data, entry: Listed): void {
  const list = data[lists[entry.kind]] as { id: string }[]
  if (list.some((r) => r.id === entry.record.id))
    throw new ServiceError('conflict', userMessage('restore-already-there', { label: entry.label }))
  if (entry.kind === 'annotation' && !data.resources.some((r) => r.id === entry.record.resourceId))
    throw parentGone(entry.label)
  list.push(entry.record)
}

function find<T extends { id: string }>(list: T[], id: string | null, label: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw parentGone(label)
  return found
}

type Item = Extract<TrashEntry, { kind: (typeof itemKinds)[number] }>

const isItem = (e: TrashEntry): e is Item => (itemKinds as readonly string[]).includes(e.kind)

/** The list inside its parent record that an item goes back into, and that record. */
function homeOf(data: Data, entry: Item): { parent: { updatedAt: string }; list: { id: string }[] } {
  if (entry.kind === 'block' || entry.kind === 'participant') {
    const w = find(data.workshops, entry.parentId, entry.label)
    return { parent: w, list: entry.kind === 'block' ? w.agenda : w.participants }
  }
  const s = find(data.scenarios, entry.parentId, entry.label)
  if (entry.kind === 'role') return { parent: s, list: s.roles }
  if (entry.kind === 'phase') return { parent: s, list: s.phases }
  return { parent: s, list: find(s.phases, entry.record.within, entry.label).injects }
}

/** An item goes back before the item it stood before (at the end if that one is gone). */
function putItemBack(data: Data, clock: Clock, entry: Item): void {
  const { parent, list } = homeOf(data, entry)
  const { item, before } = entry.record
  if (list.some((x) => x.id === item.id))
    throw new ServiceError('conflict', userMessage('restore-already-there', { label: entry.label }))
  const at = before ? list.findIndex((x) => x.id === before) : -1
  list.splice(at < 0 ? list.length : at, 0, item)
  parent.updatedAt = clock.now()
}

/** Puts `entry` back; answers what it replaced, if anything worth keeping. */
export function putBack(data: Data, clock: Clock, entry: TrashEntry): NewTrashEntry | null {
  if (isListed(entry)) {
    putInList(data, entry)
    return null
  }
  if (isItem(entry)) {
    putItemBack(data, clock, entry)
    return null
  }
  if (entry.kind === 'note') {
    const w = find(data.workshops, entry.parentId, entry.label)
    w.notes = [...w.notes, entry.record].sort((a, b) => a.at.localeCompare(b.at))
    return null
  }
  const now = clock.now()
  if (entry.kind === 'run') {
    const s = find(data.scenarios, entry.parentId, entry.label)
    const current = s.run
    s.run = entry.record
    s.updatedAt = now
    return current && { kind: 'run', label: s.title, parentId: s.id, record: current }
  }
  const w = find(data.workshops, entry.parentId, entry.label)
  const current = w.report.draft
  w.report = { ...w.report, draft: entry.record.draft }
  w.updatedAt = now
  return current.trim() && current !== entry.record.draft
    ? { kind: 'draft', label: labelFor(w.title), parentId: w.id, record: { draft: current } }
    : null
}
