/**
 * What this installation adds to the team folder: every shared record whose content
 * differs from what it last published or took in (so a record merged from a colleague
 * is not echoed back), as lines of its own log, and the PDFs of shared resources under
 * their hash, each written once through a temporary name and a rename. Records are
 * chosen by the bundle's own selection, so what a bundle leaves at home (participants'
 * names, facilitator-only notes, a scenario's run) never reaches the folder either.
 * Starter records nobody edited stay home: every installation has its own.
 */
import { createHash } from 'node:crypto'
import { copyFile, mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { bundleKinds, type BundleKind, type BundleRecords, type BundleSelection } from '@shared/bundle'
import { TEAM_LOG_VERSION, type LogLine, type TeamShare } from '@shared/team'
import type { Data } from '../../store/schema'
import type { DataPaths } from '../../paths'
import { placeDurably } from '../../durable-write'
import { pdfPath } from '../library/content-store'
import { canonical } from '../bundle/merge-plan'
import { selectRecords } from '../bundle/select'
import type { TeamState } from './team-state'

type AnyRecord = BundleRecords[BundleKind][number]

export const keyOf = (kind: BundleKind, id: string) => `${kind}/${id}`
export const hashOf = (record: unknown) => createHash('sha256').update(canonical(record)).digest('hex').slice(0, 32)

const pristineStarter = (r: AnyRecord) => r.id.startsWith('starter-') && 'createdAt' in r && r.createdAt === r.updatedAt

/** What goes to the folder: the chosen records, less starter records nobody edited. */
export function sharedRecords(data: Readonly<Data>, share: TeamShare): BundleRecords {
  const all = chosenRecords(data, share)
  const keep = <T extends AnyRecord>(list: readonly T[]) => list.filter((r) => !pristineStarter(r))
  return Object.fromEntries(Object.entries(all).map(([k, list]) => [k, keep(list as AnyRecord[])])) as BundleRecords
}

function chosenRecords(data: Readonly<Data>, share: TeamShare): BundleRecords {
  const selection: BundleSelection = {
    resources: share.resources ? 'all' : [],
    glossary: share.glossary,
    scenarios: share.scenarios ? 'all' : [],
    templates: share.templates,
    workshops: share.workshops ? data.workshops.map((w) => w.id) : [],
    linked: false,
    annotations: share.annotations,
    facilitatorOnly: false,
    names: false,
  }
  return { ...selectRecords(data, selection), methods: share.methods ? [...data.methods] : [] }
}

/** The lines to append: changed shared records, stamped with the next Lamport counter values. */
export function changedLines(
  records: BundleRecords,
  state: TeamState,
  from: string,
  at: string,
): { lines: LogLine[]; hashes: Map<string, string> } {
  const lines: LogLine[] = []
  const hashes = new Map<string, string>()
  let clock = state.lamport
  for (const kind of bundleKinds) {
    for (const record of records[kind] as readonly AnyRecord[]) {
      const key = keyOf(kind, record.id)
      const hash = hashOf(record)
      if (state.seen[key] === hash) continue
      hashes.set(key, hash)
      lines.push({ v: TEAM_LOG_VERSION, kind, id: record.id, ts: { l: ++clock, at }, from, record })
    }
  }
  return { lines, hashes }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

/** Copies PDFs the folder lacks; answers how many were written. */
export async function publishFiles(paths: DataPaths, folder: string, records: BundleRecords): Promise<number> {
  const dir = join(folder, 'files')
  await mkdir(dir, { recursive: true })
  let written = 0
  for (const r of records.resources) {
    if (!r.file) continue
    const target = join(dir, `${r.file.sha256}.pdf`)
    const source = pdfPath(paths, r.file.sha256)
    if ((await exists(target)) || !(await exists(source))) continue
    await placeDurably(target, (temp) => copyFile(source, temp))
    written++
  }
  return written
}
