/**
 * After every acknowledged change the main side says which records changed and who
 * changed them (`data:changed`), so every other open page — a second tab, the presenter
 * window — fetches them again instead of writing back its older copy.
 */
import type { DataKind } from '@shared/contract'
import { currentCaller } from './caller'
import type { Events } from './events'
import { recordKey, type Change } from './store/changes'
import type { Store } from './store/store'

/** Reading positions change on every page turn and no other screen shows them. */
const quiet = new Set<string>(['readingStates'])

export function changedRecords(change: Change): { kind: DataKind; id: string }[] {
  const found: { kind: DataKind; id: string }[] = []
  for (const [kind, records] of Object.entries(change.put))
    if (!quiet.has(kind)) for (const r of records) found.push({ kind: kind as DataKind, id: recordKey(r) })
  for (const [kind, ids] of Object.entries(change.removed))
    if (!quiet.has(kind)) for (const id of ids) found.push({ kind: kind as DataKind, id })
  if ('settings' in change.singles) found.push({ kind: 'settings', id: 'settings' })
  return found
}

export function announceChanges(store: Store, events: Events): () => void {
  return store.subscribe((change) => {
    const by = currentCaller()
    for (const { kind, id } of changedRecords(change)) events.emit('data:changed', { kind, id, by })
  })
}
