/**
 * What a library holds and how two differ, in the facilitator's terms: how many
 * resources, workshops, notes…; and per kind, which records a restore would add,
 * remove or change (by id; "changed" is any difference in the stored record), with a
 * few titles to recognise them by. Reading states are left out: a page number is not
 * something to restore or to be warned about.
 */
import { backupKinds, type BackupKind, type KindDiff, type LibraryCounts } from '@shared/backups'
import type { Data } from '../../store/schema'

const EXAMPLES = 5

type AnyRecord = { id: string } & Record<string, unknown>

export function countsOf(data: Data): LibraryCounts {
  const counts = Object.fromEntries(backupKinds.map((k) => [k, data[k].length])) as LibraryCounts
  counts.notes = data.workshops.reduce((n, w) => n + w.notes.length, 0)
  return counts
}

/** How a record is named to the facilitator: its title, term or label, else its id. */
export function recordLabel(record: AnyRecord): string {
  for (const key of ['title', 'term', 'label', 'name', 'quote', 'body']) {
    const value = record[key]
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 80)
  }
  return record.id
}

/** A record as JSON with its keys in one order: records read back from a file list them in the schema's order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

function diffKind(kind: BackupKind, now: AnyRecord[], incoming: AnyRecord[]): KindDiff {
  const before = new Map(now.map((r) => [r.id, r]))
  const after = new Map(incoming.map((r) => [r.id, r]))
  const added = incoming.filter((r) => !before.has(r.id))
  const removed = now.filter((r) => !after.has(r.id))
  const changed = incoming.filter((r) => {
    const old = before.get(r.id)
    return old !== undefined && canonical(old) !== canonical(r)
  })
  const names = (list: AnyRecord[]) => list.slice(0, EXAMPLES).map(recordLabel)
  return {
    kind,
    added: added.length,
    removed: removed.length,
    changed: changed.length,
    examples: { added: names(added), removed: names(removed), changed: names(changed) },
  }
}

/** What restoring `incoming` over `now` would do, only for kinds where something differs. */
export function diffLibraries(now: Data, incoming: Data): KindDiff[] {
  return backupKinds
    .map((kind) => diffKind(kind, now[kind] as AnyRecord[], incoming[kind] as AnyRecord[]))
    .filter((d) => d.added + d.removed + d.changed > 0)
}

/** The PDFs a library's resources (and trashed resources) point at. */
export function filesOf(data: Data): Set<string> {
  const shas = new Set<string>()
  for (const r of data.resources) if (r.file) shas.add(r.file.sha256)
  for (const t of data.trash) {
    const record = t.record as { file?: { sha256?: string } }
    if (t.kind === 'resource' && record.file?.sha256) shas.add(record.file.sha256)
  }
  return shas
}

/** The library with `incoming`'s records and the current settings and flags. */
export function replaceRecords(draft: Data, incoming: Data): void {
  for (const kind of [...backupKinds, 'readingStates'] as const) {
    ;(draft as Record<string, unknown>)[kind] = incoming[kind]
  }
}
