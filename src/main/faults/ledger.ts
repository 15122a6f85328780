/**
 * What the server acknowledged (answered `{ok: true}`), and the check that all of
 * it is still there: through the API of a freshly started server, and on disk for
 * the imported PDFs and their page text. Only the API is asked about records, so
 * the check holds whatever way the store keeps them (one file, a journal…).
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Answer } from './server-process'

export interface Ledger {
  /** workshop id → note id → text */
  notes: Map<string, Map<string, string>>
  /** resource id → sha256 of the uploaded bytes */
  imports: Map<string, string>
}

export const emptyLedger = (): Ledger => ({ notes: new Map(), imports: new Map() })

export const acknowledgedCount = (l: Ledger) =>
  l.notes.size + l.imports.size + [...l.notes.values()].reduce((n, notes) => n + notes.size, 0)

type Call = (channel: string, input?: unknown) => Promise<Answer>

interface ListedWorkshop {
  id: string
  notes: { id: string; text: string }[]
}
interface ListedResource {
  id: string
  file: { sha256: string; pages: number } | null
}

async function listed<T>(call: Call, channel: string): Promise<T[]> {
  const answer = await call(channel)
  if (!answer.ok) throw new Error(`${channel} was refused after a restart: ${answer.error?.message}`)
  return answer.value as T[]
}

async function contentProblem(dataDir: string, sha: string, pages: number): Promise<string | null> {
  const bytes = await readFile(join(dataDir, 'files', `${sha}.pdf`)).catch(() => null)
  if (!bytes) return `files/${sha}.pdf is missing`
  if (createHash('sha256').update(bytes).digest('hex') !== sha) return `files/${sha}.pdf has other bytes`
  const text = await readFile(join(dataDir, 'text', `${sha}.json`), 'utf8').catch(() => null)
  if (!text) return `text/${sha}.json is missing`
  try {
    const parsed = JSON.parse(text) as { pages?: unknown[] }
    if (parsed.pages?.length !== pages) return `text/${sha}.json has ${parsed.pages?.length} pages, not ${pages}`
  } catch {
    return `text/${sha}.json does not parse`
  }
  return null
}

/** Every acknowledged write that cannot be found, described; empty when nothing is lost. */
export async function missingWrites(call: Call, dataDir: string, ledger: Ledger): Promise<string[]> {
  const missing: string[] = []
  const workshops = new Map((await listed<ListedWorkshop>(call, 'workshops:list')).map((w) => [w.id, w]))
  for (const [workshopId, notes] of ledger.notes) {
    const found = workshops.get(workshopId)
    if (!found) {
      missing.push(`workshop ${workshopId} (with ${notes.size} notes)`)
      continue
    }
    const texts = new Map(found.notes.map((n) => [n.id, n.text]))
    for (const [noteId, text] of notes)
      if (texts.get(noteId) !== text) missing.push(`note ${noteId} of workshop ${workshopId}`)
  }
  const resources = new Map((await listed<ListedResource>(call, 'library:list')).map((r) => [r.id, r]))
  for (const [resourceId, sha] of ledger.imports) {
    const found = resources.get(resourceId)
    if (found?.file?.sha256 !== sha) {
      missing.push(`imported resource ${resourceId}`)
      continue
    }
    const problem = await contentProblem(dataDir, sha, found.file.pages)
    if (problem) missing.push(`imported resource ${resourceId}: ${problem}`)
  }
  return missing
}
