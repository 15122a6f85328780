/**
 * "Attach the PDF" on a record-only entry, through the channel the renderer calls: the
 * file is checked, extracted and indexed like any import, reports its progress on the
 * one import:progress event, and the entry keeps its own details. A file that is already
 * another entry's is refused, naming that entry, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportOutcome, ImportProgress } from '@shared/contract'
import type { Resource } from '@shared/model'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeTitledPdf } from '../../testing/pdf-fixtures'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath, stallMs: 10_000 })
})
afterAll(() => pool.close())

const record: Resource = {
  id: 'starter-toolbox',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  kind: 'toolbox',
  title: 'Facilitating adult learning: a toolbox',
  authors: ['Our own team'],
  publisher: 'A publisher',
  year: 2012,
  language: 'en',
  region: 'Global',
  tags: ['facilitation'],
  summary: 'Methods for workshops.',
  licence: '',
  citation: '',
  obtainFrom: 'The publisher’s site, publications',
  file: null,
  source: 'starter',
}

async function setUp(dir: string) {
  const deps = { ...memoryHandlerDeps(), pool, paths: dataPaths(join(dir, 'data')) }
  for (const d of [deps.paths.files, deps.paths.text, deps.paths.uploads]) await mkdir(d, { recursive: true })
  await deps.store.update((data) => void data.resources.push(structuredClone(record)))
  const synced: string[] = []
  deps.search = { ...deps.search, syncResource: async (id) => void synced.push(id) }
  const progress: ImportProgress[] = []
  deps.events.subscribe((e) => e.type === 'import:progress' && progress.push(e.payload))
  const pdf = await makeTitledPdf(dir, 'toolbox.pdf', ['Icebreakers and energisers', 'Fishbowl debate'], {
    info: { Title: 'A title the PDF carries', Author: 'Someone else' },
  })
  return { deps, call: callerFor(deps), synced, progress, pdf }
}

type Attached = { batchId: string; outcome: ImportOutcome }

describe('attaching a PDF to a record-only entry', () => {
  it('stores, extracts and indexes the file and keeps the record’s own details', async () => {
    await withTempDir(async (dir) => {
      const { deps, call, synced, progress, pdf } = await setUp(dir)
      const source = { pickedId: deps.picked.remember(pdf).id, name: 'toolbox.pdf' }
      const { outcome } = await call<Attached>('library:attach', { id: record.id, source })
      expect(outcome).toMatchObject({ status: 'imported', resourceId: record.id, pages: 2 })
      const [stored] = deps.store.read().resources
      expect(stored).toMatchObject({
        ...record,
        updatedAt: '2026-11-24T10:00:00.000Z',
        file: { pages: 2, hasText: true },
      })
      expect(deps.store.read().resources).toHaveLength(1)
      expect(synced).toEqual([record.id])
      expect(progress.at(-1)).toMatchObject({ files: 1, filesDone: 1, pagesDone: 2 })
    })
  })

  it('refuses a PDF that is already another entry’s file, naming it, and changes nothing', async () => {
    await withTempDir(async (dir) => {
      const { deps, call, pdf } = await setUp(dir)
      const imported = await call<{ outcomes: ImportOutcome[] }>('library:import', {
        sources: [{ pickedId: deps.picked.remember(pdf).id }],
      })
      expect(imported.outcomes[0]).toMatchObject({ status: 'imported', title: 'A title the PDF carries' })
      const before = structuredClone(deps.store.read().resources)
      const source = { pickedId: deps.picked.remember(pdf).id, name: 'toolbox.pdf' }
      const { outcome } = await call<Attached>('library:attach', { id: record.id, source })
      expect(outcome).toMatchObject({
        status: 'failed',
        message:
          'toolbox.pdf is already in your library as “A title the PDF carries”, so it was not attached here. Nothing was changed.',
      })
      expect(deps.store.read().resources).toEqual(before)
    })
  })

  it('refuses an entry that already has its PDF, or is gone', async () => {
    await withTempDir(async (dir) => {
      const { deps, call, pdf } = await setUp(dir)
      const attach = (id: string) =>
        call<Attached>('library:attach', { id, source: { pickedId: deps.picked.remember(pdf).id } })
      expect((await attach(record.id)).outcome.status).toBe('imported')
      const again = await makeTitledPdf(dir, 'other.pdf', ['Another text'])
      const second = await call<Attached>('library:attach', {
        id: record.id,
        source: { pickedId: deps.picked.remember(again).id },
      })
      expect(second.outcome).toMatchObject({
        status: 'failed',
        message: expect.stringContaining('already has its PDF'),
      })
      expect((await attach('no-such-entry')).outcome).toMatchObject({ status: 'failed' })
    })
  })
})
