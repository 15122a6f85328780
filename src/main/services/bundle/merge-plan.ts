/**
 * How a bundle's records meet the library (pure, so the preview and the write agree).
 * A record is matched by id; a resource also by its PDF's hash (the same file imported
 * on both machines is one resource: the bundle's id is mapped onto ours, and whatever
 * pointed at it follows). Then:
 * - not here → add;
 * - the same (compared without the volatile scenario run, and with our translations where the
 *   bundle's record came without any), or the bundle's is a starter record nobody edited (each
 *   installation seeds its own) → skip;
 * - different, and the bundle's is newer → update; ours goes to the trash, so Undo works;
 * - different, ours newer or as new → edited on both sides: a conflict, kept twice by
 *   default (the bundle's as a marked copy under an id derived from its content, so
 *   importing the same bundle again finds the copy and changes nothing), or the
 *   facilitator takes theirs or keeps ours.
 */
import { createHash } from 'node:crypto'
import { bundleKinds, type BundleKind, type BundleRecords, type MergeAction, type PreviewItem } from '@shared/bundle'
import { fold } from '@shared/text'
import type { Data } from '../../store/schema'
import { withOurTranslations } from './kept-translations'

type AnyRecord = BundleRecords[BundleKind][number]

/** JSON with keys sorted: two records are the same when this is. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}

const comparable = (kind: BundleKind, r: AnyRecord) => canonical(kind === 'scenarios' ? { ...r, run: null } : r)

export const copyIdOf = (kind: BundleKind, r: AnyRecord) =>
  `${r.id}~copy-${createHash('sha256').update(comparable(kind, r)).digest('hex').slice(0, 12)}`

export function labelOf(r: AnyRecord): string {
  const text =
    'title' in r ? r.title : 'term' in r ? r.term : 'name' in r ? r.name : r.quote || r.body || `p. ${r.page}`
  return text.slice(0, 200)
}

export interface PlannedItem extends PreviewItem {
  record: AnyRecord
  /** the library's record it meets, if any */
  ours: AnyRecord | null
}

export interface Plan {
  items: PlannedItem[]
  /** bundle resource id → the library's resource holding the same PDF */
  remap: Map<string, string>
}

/** The library's records by id, by PDF hash and by folded term, built once per plan. */
function indexOf(data: Readonly<Data>) {
  const byId = new Map(bundleKinds.map((k) => [k, new Map((data[k] as readonly AnyRecord[]).map((r) => [r.id, r]))]))
  const bySha = new Map<string, AnyRecord>()
  for (const r of data.resources) if (r.file && !bySha.has(r.file.sha256)) bySha.set(r.file.sha256, r)
  const byTerm = new Map<string, AnyRecord>()
  for (const t of data.glossary) if (!byTerm.has(fold(t.term))) byTerm.set(fold(t.term), t)
  return { byId: (kind: BundleKind) => byId.get(kind)!, bySha, byTerm }
}
type Index = ReturnType<typeof indexOf>

function matchFor(kind: BundleKind, r: AnyRecord, index: Index): { ours: AnyRecord | null; sameFile: boolean } {
  const byId = index.byId(kind).get(r.id)
  if (byId) return { ours: byId, sameFile: false }
  if (kind === 'resources' && 'file' in r && r.file) {
    const sameFile = index.bySha.get(r.file.sha256)
    if (sameFile) return { ours: sameFile, sameFile: true }
  }
  if (kind === 'glossary' && 'term' in r) {
    const term = index.byTerm.get(fold(r.term))
    if (term) return { ours: term, sameFile: false }
  }
  return { ours: null, sameFile: false }
}

/** A starter record nobody has edited: every installation has its own, seeded at its own time. */
const pristine = (r: AnyRecord) => r.id.startsWith('starter-') && 'createdAt' in r && r.createdAt === r.updatedAt

function decide(kind: BundleKind, r: AnyRecord, ours: AnyRecord, index: Index): MergeAction {
  // ours already holds theirs (with our translations, where theirs came without: kept-translations.ts)
  if (comparable(kind, ours) === comparable(kind, withOurTranslations(kind, ours, r)) || pristine(r)) return 'skip'
  if (pristine(ours)) return 'update'
  const copyId = copyIdOf(kind, r)
  if (index.byId(kind).has(copyId)) return 'skip'
  const theirs = 'updatedAt' in r ? r.updatedAt : ''
  const mine = 'updatedAt' in ours ? ours.updatedAt : ''
  return theirs > mine ? 'update' : 'conflict'
}

export function planMerge(records: BundleRecords, data: Readonly<Data>): Plan {
  const items: PlannedItem[] = []
  const remap = new Map<string, string>()
  const index = indexOf(data)
  for (const kind of bundleKinds) {
    for (const record of records[kind] as readonly AnyRecord[]) {
      const { ours, sameFile } = matchFor(kind, record, index)
      const base = { kind, id: record.id, label: labelOf(record), record, ours }
      if (!ours) items.push({ ...base, action: 'add' })
      else if (sameFile) {
        remap.set(record.id, ours.id)
        items.push({ ...base, action: 'skip', reason: 'same-file' })
      } else {
        const action = decide(kind, record, ours, index)
        items.push(action === 'skip' ? { ...base, action, reason: 'same' } : { ...base, action })
      }
    }
  }
  return { items, remap }
}

export const countActions = (items: readonly PreviewItem[]) => {
  const counts: Record<MergeAction, number> = { add: 0, update: 0, skip: 0, conflict: 0 }
  for (const i of items) counts[i.action]++
  return counts
}

export const itemKey = (i: Pick<PreviewItem, 'kind' | 'id'>) => `${i.kind}/${i.id}`
