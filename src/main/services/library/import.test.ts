import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeAttachmentLockedPdf } from '../../testing/encrypted-pdf'
import { makeNotPdf, makeScannedPdf, makeTextPdf, makeTruncatedPdf, makeZeroBomb } from '../../testing/pdf-fixtures'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { importPdfs, type ImportDeps } from './import'
import { mkdir } from 'node:fs/promises'
import type { ImportProgress } from '@shared/contract'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath, stallMs: 10_000 })
})
afterAll(() => pool.close())

async function library(dir: string, extra: Partial<ImportDeps> = {}) {
  const paths = dataPaths(join(dir, 'data'))
  for (const d of [paths.files, paths.text, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const deps: ImportDeps = {
    store,
    paths,
    pool,
    clock: { now: () => '2026-11-24T10:00:00.000Z' },
    maxBytes: 5 * 1024 * 1024,
    ...extra,
  }
  return { deps, paths, store }
}

describe('importing PDFs', () => {
  it('stores the bytes once by hash, the text per page, and a record with metadata and outline', async () => {
    await withTempDir(async (dir) => {
      const { deps, paths, store } = await library(dir)
      const pdf = await makeTextPdf(
        dir,
        'msp.pdf',
        ['Multi-stakeholder processes', 'Local ownership matters', 'Do no harm'],
        { title: 'MSP Manual', author: 'GPPAC', headings: true },
      )
      const progress: ImportProgress[] = []
      const [outcome] = await importPdfs({ ...deps, onProgress: (p) => progress.push(p) }, [{ path: pdf }], 'b1')
      expect(outcome).toMatchObject({ status: 'imported', title: 'MSP Manual', pages: 3 })
      const [record] = store.read().resources
      expect(record).toMatchObject({ title: 'MSP Manual', authors: ['GPPAC'], source: 'import' })
      expect(record!.file).toMatchObject({ pages: 3, originalName: 'msp.pdf', hasText: true })
      expect(record!.file!.outline.map((o) => [o.title, o.page])).toEqual([
        ['Chapter 1', 1],
        ['Chapter 2', 2],
        ['Chapter 3', 3],
      ])
      const sha = record!.file!.sha256
      expect(await readdir(paths.files)).toEqual([`${sha}.pdf`])
      const text = JSON.parse(await readFile(join(paths.text, `${sha}.json`), 'utf8'))
      expect(text.pages[1]).toContain('Local ownership matters')
      expect(JSON.parse(await readFile(paths.db, 'utf8')).resources).toHaveLength(1)
      expect(progress.at(-1)).toMatchObject({ files: 1, filesDone: 1, pages: 3, pagesDone: 3 })
    })
  })

  it('finds the existing resource when the same bytes are imported twice', async () => {
    await withTempDir(async (dir) => {
      const { deps, store } = await library(dir)
      const pdf = await makeTextPdf(dir, 'a.pdf', ['Same bytes'])
      const [first] = await importPdfs(deps, [{ path: pdf }], 'b1')
      const [second] = await importPdfs(deps, [{ path: pdf, name: 'renamed copy.pdf' }], 'b2')
      expect(second).toMatchObject({ status: 'duplicate' })
      expect(second!.status !== 'failed' && second!.resourceId).toBe(first!.status !== 'failed' && first!.resourceId)
      expect(store.read().resources).toHaveLength(1)
    })
  })

  it('gives each bad file a clear, specific message, leaves nothing behind, and carries on with the batch', async () => {
    await withTempDir(async (dir) => {
      const { deps, paths, store } = await library(dir)
      const good = await makeTextPdf(dir, 'good.pdf', ['Human security handbook'])
      const sources = [
        { path: await makeNotPdf(dir, 'notes.pdf') },
        { path: await makeTruncatedPdf(dir, 'cut.pdf', await makeTextPdf(dir, 'whole.pdf', ['x'.repeat(4000)])) },
        { path: await makeTextPdf(dir, 'locked.pdf', ['secret'], { userPassword: 'abc' }) },
        { path: await makeZeroBomb(dir, 'huge.pdf', 6 * 1024 * 1024) },
        { path: join(dir, 'missing.pdf') },
        { path: good },
      ]
      const outcomes = await importPdfs(deps, sources, 'b1')
      const messages = outcomes.map((o) => (o.status === 'failed' ? o.message : o.status))
      expect(messages[0]).toMatch(/notes\.pdf is not a PDF/)
      expect(messages[1]).toMatch(/cut\.pdf is damaged or truncated|cut\.pdf could not be read/)
      expect(messages[2]).toMatch(/locked\.pdf is password-protected/)
      expect(messages[3]).toMatch(/huge\.pdf is too large to import \(6\.0 MB; the limit is 5\.0 MB\)/)
      expect(messages[4]).toMatch(/missing\.pdf: the file could not be found/)
      expect(messages[5]).toBe('imported')
      expect(store.read().resources.map((r) => r.file?.originalName)).toEqual(['good.pdf'])
      expect(await readdir(paths.files)).toHaveLength(1)
      expect(await readdir(paths.text)).toHaveLength(1)
    })
  })

  it('stops a zero-filled file behind a PDF header within the open time limit', async () => {
    await withTempDir(async (dir) => {
      const quick = createExtractionPool({ workerPath, openMs: 3_000, size: 1 })
      try {
        const { deps, paths } = await library(dir, { pool: quick, maxBytes: 64 << 20 })
        const started = Date.now()
        const [outcome] = await importPdfs(deps, [{ path: await makeZeroBomb(dir, 'zeros.pdf', 24 << 20) }], 'b')
        expect(outcome).toMatchObject({
          status: 'failed',
          message: expect.stringMatching(/^zeros\.pdf (could not|is damaged)/),
        })
        expect(Date.now() - started).toBeLessThan(15_000)
        expect(await readdir(paths.files)).toEqual([])
      } finally {
        await quick.close()
      }
    })
  })

  it('imports a protected PDF when given its password', async () => {
    await withTempDir(async (dir) => {
      const { deps } = await library(dir)
      const locked = await makeTextPdf(dir, 'locked.pdf', ['Terms of reference'], { userPassword: 'abc' })
      const [outcome] = await importPdfs(deps, [{ path: locked, password: 'abc' }], 'b1')
      expect(outcome).toMatchObject({ status: 'imported' })
    })
  })

  it('refuses a PDF the reader would ask a password for, though only its attachments are locked, and adds nothing', async () => {
    await withTempDir(async (dir) => {
      const { deps, paths, store } = await library(dir)
      const sources = [{ path: await makeAttachmentLockedPdf(dir, 'annex.pdf') }]
      const [outcome] = await importPdfs(deps, sources, 'b1')
      expect(outcome).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/^annex\.pdf is password-protected/),
      })
      expect(store.read().resources).toEqual([])
      expect(await readdir(paths.files)).toEqual([])
    })
  })

  it('imports a PDF locked against changes only (it opens without a password)', async () => {
    await withTempDir(async (dir) => {
      const { deps } = await library(dir)
      const pdf = await makeTextPdf(dir, 'signed.pdf', ['Final agenda'], { ownerPassword: 'owner' })
      const [outcome] = await importPdfs(deps, [{ path: pdf }], 'b1')
      expect(outcome).toMatchObject({ status: 'imported', pages: 1 })
    })
  })

  it('marks a scanned PDF with no text layer as having no searchable text', async () => {
    await withTempDir(async (dir) => {
      const { deps, store } = await library(dir)
      const [outcome] = await importPdfs(deps, [{ path: await makeScannedPdf(dir, 'scan.pdf') }], 'b1')
      expect(outcome).toMatchObject({ status: 'imported' })
      const [record] = store.read().resources
      expect(record!.file!.hasText).toBe(false)
      expect(record!.tags).toContain('no searchable text')
      expect(record!.title).toBe('scan')
    })
  })

  it('a failed store write leaves the library exactly as it was', async () => {
    await withTempDir(async (dir) => {
      const { deps, paths, store } = await library(dir)
      const before = await readFile(paths.db, 'utf8')
      const full = {
        ...store,
        update: () => Promise.reject(new Error('ENOSPC: no space left on device')),
      }
      const pdf = await makeTextPdf(dir, 'a.pdf', ['text'])
      const [outcome] = await importPdfs({ ...deps, store: full }, [{ path: pdf }], 'b1')
      expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/ENOSPC/) })
      expect(await readFile(paths.db, 'utf8')).toBe(before)
      expect(await readdir(paths.files)).toEqual([])
      expect(await readdir(paths.text)).toEqual([])
    })
  })
})
