/**
 * The library against real documents nobody here wrote (../shared/corpus): ten
 * manuals of 15 to 1,321 pages, and a set of malformed and hostile PDFs whose
 * manifest says what each should end as. Skipped, saying so, on a clone without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { corpusDir, withTempDir, workerPath } from '../../testing/temp-dir'
import { openStore } from '../../store/open-store'
import { Data } from '../../store/schema'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { importPdfs, type ImportDeps } from './import'
import { titleFromName } from './details/details'
import type { Resource } from '@shared/model'

interface Entry {
  file: string
  pages?: number
  expect?: string
}
const hasCorpus = existsSync(join(corpusDir, 'manifest.json'))
const manifest = hasCorpus
  ? (JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as Record<'good' | 'bad', Entry[]>)
  : { good: [], bad: [] }
if (!hasCorpus)
  console.warn(`Skipping corpus import tests: ${corpusDir} is not present (fresh clone without ../shared).`)

/**
 * The manifest says what pdf.js made of each bad file; the import reads them with PDFium
 * (Chrome's engine), which ends these two otherwise: fuzzed files it finds no valid document in.
 * (A file whose attachment alone is encrypted PDFium opens without a password; the import
 * refuses it as the reader would: pdfium.ts, `opensWithoutAsking`.)
 */
const PDFIUM_ENDS: Record<string, string> = {
  'poppler-742-0-fuzzed.pdf': 'error',
  'bug1606566.pdf': 'error',
}

const pdfinfoPages = (path: string): number | null => {
  try {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
  } catch {
    return null
  }
}

/** Titles other than the file's name; a similar implementation reached 9 of 10 before. */
const TITLE_FLOOR = 9
const realTitles = (resources: Resource[]) =>
  resources
    .filter((r) => r.file && r.title !== titleFromName(r.file.originalName))
    .map(
      (r) =>
        `${r.file!.originalName}: ${r.title}${r.authors.length ? ` — ${r.authors.join('; ')}` : ''} (${r.year ?? '?'}, ${r.language || '?'})`,
    )

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath, stallMs: 20_000 })
})
afterAll(() => pool.close())

async function library(dir: string) {
  const paths = dataPaths(join(dir, 'data'))
  for (const d of [paths.files, paths.text, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const deps: ImportDeps = { store, paths, pool, clock: { now: () => new Date().toISOString() }, maxBytes: 256 << 20 }
  return { deps, paths, store }
}

describe.skipIf(!hasCorpus)('importing the real corpus', () => {
  it('imports all ten manuals with page counts matching pdfinfo', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const { deps, store } = await library(dir)
      const sources = manifest.good.map((e) => ({ path: join(corpusDir, e.file) }))
      const outcomes = await importPdfs(deps, sources, 'corpus')
      expect(outcomes.filter((o) => o.status !== 'imported')).toEqual([])
      for (const entry of manifest.good) {
        const name = entry.file.split('/').pop()
        const record = store.read().resources.find((r) => r.file?.originalName === name)
        const expected = pdfinfoPages(join(corpusDir, entry.file)) ?? entry.pages
        expect(record?.file?.pages, name).toBe(expected)
        expect(record?.file?.hasText, name).toBe(true)
      }
      expect(store.read().resources).toHaveLength(10)
      expect(store.read().resources.every((r) => r.kind === 'document')).toBe(true)
      const titled = realTitles(store.read().resources)
      console.log(`Corpus titles: ${titled.length} of 10 real.\n  ${titled.join('\n  ')}`)
      expect(titled.length).toBeGreaterThanOrEqual(TITLE_FLOOR)
    })
  })

  it('ends every bad file as the manifest expects, never a crash or a hang', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const { deps, paths, store } = await library(dir)
      const sources = manifest.bad.map((e) => {
        const password = e.expect?.startsWith('password:') ? e.expect.slice('password:'.length) : undefined
        return { path: join(corpusDir, e.file), password }
      })
      const outcomes = await importPdfs(deps, sources, 'bad')
      manifest.bad.forEach((entry, i) => {
        const outcome = outcomes[i]!
        const name = entry.file.split('/').pop()!
        const expected = PDFIUM_ENDS[name] ?? entry.expect
        if (expected === 'error') {
          expect(outcome, name).toMatchObject({ status: 'failed' })
          expect(outcome.status === 'failed' && outcome.message, name).toMatch(
            new RegExp(`^${name.replace(/\./g, '\\.')} `),
          )
        } else if (expected === 'password') {
          expect(outcome, name).toMatchObject({
            status: 'failed',
            message: `${name} is password-protected. Remove the password (or enter it) and import it again.`,
          })
        } else {
          expect(outcome, name).toMatchObject({ status: 'imported' })
        }
      })
      const imported = outcomes.filter((o) => o.status === 'imported').length
      expect(store.read().resources).toHaveLength(imported)
      expect(Data.safeParse(store.read()).error).toBeUndefined()
      expect(await readdir(paths.files)).toHaveLength(imported)
      expect(await readdir(paths.text)).toHaveLength(imported)
    })
  })

  it('extracts Arabic and French text', async () => {
    await withTempDir(async (dir) => {
      const { deps, paths, store } = await library(dir)
      const sources = ['ArabicCIDTrueType.pdf', 'french_diacritics.pdf'].map((f) => ({
        path: join(corpusDir, 'lang', f),
      }))
      const outcomes = await importPdfs(deps, sources, 'lang')
      expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported'])
      const texts = await Promise.all(
        store.read().resources.map(async (r) => await readFile(join(paths.text, `${r.file!.sha256}.json`), 'utf8')),
      )
      expect(texts.join(' ')).toMatch(/[\u0600-\u06ff]/)
      expect(texts.join(' ')).toMatch(/[éèàçê]/)
    })
  })
})
