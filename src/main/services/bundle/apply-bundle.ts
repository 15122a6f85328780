/**
 * Applying a checked bundle: new PDFs and their text are placed durably first (content
 * before the records that point at it, as every import does), then all records go in
 * one change through the store's door. The plan is made again inside that change, on
 * the library as it is then, so an edit made while the preview was open is never
 * overwritten unseen; what an update replaces goes to the trash.
 */
import { rename } from 'node:fs/promises'
import type { BundleApplied, BundleKind, BundleRecords, ConflictChoice } from '@shared/bundle'
import type { Language } from '@shared/model'
import type { Data } from '../../store/schema'
import type { Store } from '../../store/store'
import type { DataPaths } from '../../paths'
import type { Clock } from '../clock'
import { placeDurably } from '../../durable-write'
import { pdfPath, removeContent, textPath } from '../library/content-store'
import { throwAway, trashedResources, type NewTrashEntry } from '../trash/trash'
import { copyIdOf, itemKey, labelOf, planMerge, type PlannedItem } from './merge-plan'
import type { Staged } from './stage'
import { withOurTranslations } from './kept-translations'

type AnyRecord = BundleRecords[BundleKind][number]

const copyMark: Record<Language, string> = { en: 'from bundle', fr: 'du paquet', ar: 'من الحزمة' }

const trashKind = {
  resources: 'resource',
  glossary: 'glossary',
  scenarios: 'scenario',
  blockTemplates: 'template',
  workshops: 'workshop',
  annotations: 'annotation',
  methods: 'method',
} as const

/** A record with every reference to a bundle resource that is one of ours pointing at ours. */
function remapped(kind: BundleKind, r: AnyRecord, remap: Map<string, string>): AnyRecord {
  const to = (id: string) => remap.get(id) ?? id
  const links = (ls: { resourceId: string; page: number | null }[]) =>
    ls.map((l) => ({ ...l, resourceId: to(l.resourceId) }))
  if (kind === 'annotations' && 'resourceId' in r) return { ...r, resourceId: to(r.resourceId) }
  if (kind === 'workshops' && 'agenda' in r)
    return {
      ...r,
      agenda: r.agenda.map((b) => ({ ...b, links: links(b.links) })),
      context: { ...r.context, backgroundNotes: r.context.backgroundNotes.map(to) },
    }
  if ((kind === 'scenarios' || kind === 'blockTemplates') && 'links' in r)
    return { ...r, links: links(r.links) } as AnyRecord
  if (kind === 'glossary' && 'sourceId' in r) return { ...r, sourceId: r.sourceId && to(r.sourceId) }
  return r
}

function markedCopy(kind: BundleKind, r: AnyRecord, mark: string): AnyRecord {
  const id = copyIdOf(kind, r)
  const marked = (text: string, max: number) => `${text.slice(0, max - mark.length - 3)} (${mark})`
  if ('title' in r) return { ...r, id, title: marked(r.title, 300) } as AnyRecord
  if ('term' in r) return { ...r, id, term: marked(r.term, 300) }
  if ('name' in r) return { ...r, id, name: marked(r.name, 200) }
  return { ...r, id }
}

function replaceOurs(data: Data, clock: Clock, item: PlannedItem, record: AnyRecord) {
  const list = data[item.kind] as AnyRecord[]
  const at = list.findIndex((x) => x.id === item.ours!.id)
  const entry = { kind: trashKind[item.kind], label: labelOf(list[at]!), parentId: null, record: list[at] }
  throwAway(data, clock, entry as NewTrashEntry)
  const kept = item.kind === 'scenarios' && 'run' in list[at]! ? { run: list[at]!.run } : {}
  list.splice(at, 1, { ...withOurTranslations(item.kind, list[at]!, record), ...kept } as AnyRecord)
}

function applyItem(
  data: Data,
  clock: Clock,
  item: PlannedItem,
  record: AnyRecord,
  choice: ConflictChoice,
  mark: string,
) {
  const list = data[item.kind] as AnyRecord[]
  if (item.action === 'add') list.push(record)
  else if (item.action === 'update' || (item.action === 'conflict' && choice === 'theirs'))
    replaceOurs(data, clock, item, record)
  else if (item.action === 'conflict' && choice === 'both') list.push(markedCopy(item.kind, record, mark))
}

async function placeFiles(paths: DataPaths, staged: Pick<Staged, 'newFiles'>, wanted: Set<string>) {
  for (const [sha, { pdf, text }] of staged.newFiles) {
    if (!wanted.has(sha)) continue
    await placeDurably(textPath(paths, sha), (tmp) => rename(text, tmp))
    await placeDurably(pdfPath(paths, sha), (tmp) => rename(pdf, tmp))
  }
}

export async function applyBundle(
  deps: { store: Store; paths: DataPaths; clock: Clock },
  staged: Pick<Staged, 'records' | 'newFiles'>,
  choices: Record<string, ConflictChoice>,
  /** how a kept copy is marked, by language (the team folder marks its own) */
  marks: Record<Language, string> = copyMark,
): Promise<BundleApplied & { resourceIds: string[] }> {
  const first = planMerge(staged.records, deps.store.read())
  const shas = first.items.flatMap((i) =>
    'file' in i.record && i.record.file && i.action !== 'skip' ? [i.record.file.sha256] : [],
  )
  if (first.items.every((i) => i.action === 'skip'))
    return { added: 0, updated: 0, skipped: first.items.length, keptBoth: 0, resourceIds: [] }
  await placeFiles(deps.paths, staged, new Set(shas))
  try {
    return await deps.store.update((data) => {
      const plan = planMerge(staged.records, data)
      const mark = marks[data.settings.language]
      const summary = { added: 0, updated: 0, skipped: 0, keptBoth: 0, resourceIds: [] as string[] }
      for (const item of plan.items) {
        const choice = choices[itemKey(item)] ?? 'both'
        const record = remapped(item.kind, item.record, plan.remap)
        applyItem(data, deps.clock, item, record, choice, mark)
        if (item.action === 'add') summary.added++
        else if (item.action === 'update' || (item.action === 'conflict' && choice === 'theirs')) summary.updated++
        else if (item.action === 'conflict' && choice === 'both') summary.keptBoth++
        else summary.skipped++
        if (item.kind === 'resources' && item.action !== 'skip' && choice !== 'mine')
          summary.resourceIds.push(
            item.action === 'conflict' && choice === 'both' ? copyIdOf(item.kind, item.record) : item.id,
          )
      }
      return summary
    })
  } catch (error) {
    const data = deps.store.read()
    const held = new Set([...data.resources, ...trashedResources(data)].flatMap((r) => (r.file ? [r.file.sha256] : [])))
    for (const sha of shas) if (!held.has(sha)) await removeContent(deps.paths, sha)
    throw error
  }
}
