/**
 * The starter library a new user sees before importing anything: records written
 * in our own words (resources/starter/library.json), loaded once on first run.
 * A user who deletes them does not get them back at the next start.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { Resource } from '@shared/model'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'

const StarterEntry = Resource.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  file: true,
  source: true,
}).extend({ key: z.string(), pdf: z.string().optional() })
export type StarterEntry = z.infer<typeof StarterEntry>

export async function readStarterLibrary(resourcesDir: string): Promise<StarterEntry[]> {
  const text = await readFile(join(resourcesDir, 'starter', 'library.json'), 'utf8')
  return z.object({ resources: z.array(StarterEntry) }).parse(JSON.parse(text)).resources
}

export function starterRecord(entry: StarterEntry, clock: Clock): Resource {
  const { key, pdf: _pdf, ...fields } = entry
  const now = clock.now()
  return { ...fields, id: `starter-${key}`, createdAt: now, updatedAt: now, file: null, source: 'starter' }
}

/** Starter entries that ship a PDF (the quick guide) and do not have it stored yet. */
export function starterPdfSources(store: Store, entries: StarterEntry[], resourcesDir: string) {
  return entries.flatMap((entry) => {
    const record = store.read().resources.find((r) => r.id === `starter-${entry.key}`)
    if (!entry.pdf || !record || record.file) return []
    return [{ path: join(resourcesDir, 'starter', entry.pdf), name: entry.pdf, attachTo: record.id }]
  })
}

export async function seedStarterLibrary(store: Store, entries: StarterEntry[], clock: Clock): Promise<number> {
  if (store.read().starterLoaded) return 0
  return store.update((data) => {
    const known = new Set(data.resources.map((r) => r.id))
    const fresh = entries.map((e) => starterRecord(e, clock)).filter((r) => !known.has(r.id))
    data.resources.push(...fresh)
    data.starterLoaded = true
    return fresh.length
  })
}
