/**
 * Taking in what one colleague's log says, with the bundle's merge (by id and PDF hash,
 * idempotent, an edit made on both sides kept twice, what an update replaces in the
 * trash). The log's newest line per record stands for that record. A resource whose
 * PDF has not arrived yet, and a note on a resource not here yet, wait for a later
 * sync. A PDF from the folder is untrusted: it is copied into the data folder first,
 * must hash to its name, and passes the import's checks (size, header, extraction
 * within limits); one that fails is skipped and named, and its resource left out.
 */
import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { emptyBundleRecords, type BundleApplied, type BundleKind, type BundleRecords } from '@shared/bundle'
import type { Language } from '@shared/model'
import type { LogLine, TeamSkip } from '@shared/team'
import { applyBundle } from '../bundle/apply-bundle'
import { sha256File } from '../library/content-store'
import { checkedExtraction, type ImportDeps } from '../library/import'
import { trashedResources } from '../trash/trash'
import type { ImportProgress } from '@shared/contract'

type AnyRecord = BundleRecords[BundleKind][number]

export const teamMarks: Record<Language, string> = {
  en: 'from team folder',
  fr: 'du dossier d’équipe',
  ar: 'من مجلد الفريق',
}

/** The newest line per record (Lamport counter, then place in the log). */
export function newestPerRecord(lines: readonly LogLine[]): LogLine[] {
  const newest = new Map<string, LogLine>()
  for (const line of lines) {
    const key = `${line.kind}/${line.id}`
    const held = newest.get(key)
    if (!held || line.ts.l >= held.ts.l) newest.set(key, line)
  }
  return [...newest.values()]
}

export interface TakeInDeps extends ImportDeps {
  folder: string
  onProgress?: (p: ImportProgress) => void
}

export interface TakenIn extends BundleApplied {
  resourceIds: string[]
  waiting: LogLine[]
  problems: TeamSkip[]
}

async function checkPdf(deps: TakeInDeps, dir: string, sha: string, name: string) {
  const staged = join(dir, `${sha}.pdf`)
  await copyFile(join(deps.folder, 'files', `${sha}.pdf`), staged)
  if ((await sha256File(staged)) !== sha) throw new Error('the file does not match its hash')
  const extracted = await checkedExtraction(deps, { path: staged, name })
  const text = join(dir, `${sha}.json`)
  await writeFile(text, JSON.stringify({ sha256: sha, pages: extracted.pages }))
  return { pdf: staged, text }
}

export async function takeIn(deps: TakeInDeps, log: string, lines: readonly LogLine[]): Promise<TakenIn> {
  const data = deps.store.read()
  const held = new Set([...data.resources, ...trashedResources(data)].flatMap((r) => (r.file ? [r.file.sha256] : [])))
  const records = emptyBundleRecords()
  const waiting: LogLine[] = []
  const skipped: TeamSkip[] = []
  const newFiles = new Map<string, { pdf: string; text: string }>()
  const dir = join(deps.paths.root, `team-staging-${randomBytes(8).toString('hex')}`)
  await mkdir(dir)
  try {
    const chosen = newestPerRecord(lines)
    const fresh = chosen.filter((l) => l.kind === 'resources' && 'file' in l.record && l.record.file)
    let done = 0
    for (const line of chosen) {
      if (line.kind !== 'resources' || !('file' in line.record)) continue
      if (!line.record.file) {
        records.resources.push(line.record)
        continue
      }
      const { sha256: sha, originalName } = line.record.file
      if (!held.has(sha) && !newFiles.has(sha)) {
        deps.onProgress?.({
          batchId: '',
          files: fresh.length,
          filesDone: done,
          pages: 0,
          pagesDone: 0,
          current: line.record.title,
        })
        try {
          newFiles.set(sha, await checkPdf(deps, dir, sha, originalName))
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'ENOENT') waiting.push(line)
          else
            skipped.push({
              log,
              line: 0,
              reason: 'bad-pdf',
              detail: `${line.record.title}: ${(error as Error).message}`,
            })
          continue
        } finally {
          done++
        }
      }
      records.resources.push(line.record)
    }
    const resourceIds = new Set([...data.resources.map((r) => r.id), ...records.resources.map((r) => r.id)])
    for (const line of chosen) {
      if (line.kind === 'resources') continue
      if (line.kind === 'annotations' && 'resourceId' in line.record && !resourceIds.has(line.record.resourceId)) {
        waiting.push(line)
        continue
      }
      ;(records[line.kind] as AnyRecord[]).push(line.record)
    }
    const applied = await applyBundle(deps, { records, newFiles }, {}, teamMarks)
    return { ...applied, waiting, problems: skipped }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
