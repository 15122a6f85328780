/**
 * Hostile bundles, built here, each refused with its own message through the channel a
 * page calls, and the data folder byte for byte as it was (every file's path and
 * content hashed before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createHash } from 'node:crypto'
import type { Resource } from '@shared/model'
import type { GlossaryTerm } from '@shared/glossary'
import type { BundlePreview } from '@shared/bundle'
import { startCore, type Core } from '../../core'
import { resourcesDir, workerPath } from '../../testing/temp-dir'
import {
  declareSize,
  emptyRecords,
  manifestFor,
  markEncrypted,
  recordsItem,
  rename,
  sha,
  withManifest,
  zipOf,
  type ZipItem,
} from './hostile-zips'

let dir: string
let core: Core

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-bundle-hostile-'))
  core = await startCore({ dataDir: join(dir, 'data'), resourcesDir, workerPath, host: 'browser', version: 'test' })
  await core.searchReady
  await core.store.idle()
}, 60_000)
afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

async function folderHash(root: string): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (at: string): Promise<void> => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name)
      hash.update(`${relative(root, path)}\n`)
      if (entry.isDirectory()) await walk(path)
      else hash.update(await readFile(path))
    }
  }
  await walk(root)
  return hash.digest('hex')
}

const term: GlossaryTerm = {
  id: 'term-1',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  term: 'Hostile zip',
  definition: 'A bundle built to hurt.',
  aliases: [],
  related: [],
  sourceId: null,
  translations: {},
}

const good = (): ZipItem[] => [recordsItem({ ...emptyRecords(), glossary: [term] })]

async function refusal(zip: Buffer | string) {
  const path = join(dir, `case-${Math.random().toString(16).slice(2)}.zip`)
  await writeFile(path, zip)
  const picked = core.picked.remember(path)
  const before = await folderHash(core.paths.root)
  const answer = await core.dispatch('bundle:preview', {
    source: { pickedId: picked.id, name: 'hostile.zip' },
    jobId: '0123456789abcdef',
  })
  expect(await folderHash(core.paths.root)).toBe(before)
  expect(answer.ok).toBe(false)
  return answer.ok ? null : answer.error
}

describe('a hostile bundle is refused with its own message and writes nothing', () => {
  it('accepts the well-formed bundle the cases start from (and discards its preview)', async () => {
    const path = join(dir, 'good.zip')
    await writeFile(path, await zipOf(withManifest(good())))
    const answer = await core.dispatch('bundle:preview', {
      source: { pickedId: core.picked.remember(path).id, name: 'good.zip' },
      jobId: '0123456789abcdef',
    })
    const preview = answer.ok ? (answer.value as BundlePreview) : null
    expect(preview?.counts).toEqual({ add: 1, update: 0, skip: 0, conflict: 0 })
    await core.dispatch('bundle:discard', { previewId: preview!.previewId })
  })

  const cases: [string, () => Promise<Buffer | string>, string][] = [
    ['not a zip', async () => 'This is a letter, not a zip file.'.repeat(20), 'bundle-not-zip'],
    ['no manifest', async () => zipOf(good()), 'bundle-no-manifest'],
    [
      'a manifest that is not JSON',
      async () => zipOf([...good(), { name: 'manifest.json', data: Buffer.from('{oops') }]),
      'bundle-bad-manifest',
    ],
    [
      'a manifest missing its entries',
      async () => zipOf(withManifest(good(), { ...manifestFor(good()), entries: undefined })),
      'bundle-bad-manifest',
    ],
    [
      'a format newer than the app knows',
      async () => zipOf(withManifest(good(), { ...manifestFor(good()), formatVersion: 2 })),
      'bundle-too-new',
    ],
    [
      'a hash that does not match',
      async () =>
        zipOf(
          withManifest(
            good(),
            manifestFor(good(), {
              entries: [{ name: 'records.json', sha256: sha('other'), bytes: good()[0]!.data.length }],
            }),
          ),
        ),
      'bundle-hash-mismatch',
    ],
    [
      'a size that does not match',
      async () =>
        zipOf(
          withManifest(
            good(),
            manifestFor(good(), { entries: [{ name: 'records.json', sha256: sha(good()[0]!.data), bytes: 3 }] }),
          ),
        ),
      'bundle-size-mismatch',
    ],
    [
      'an entry climbing out with ..',
      async () =>
        rename(
          await zipOf(withManifest([...good(), { name: 'zz/evil.txt', data: Buffer.from('x') }])),
          'zz/evil.txt',
          '../evil.txt',
        ),
      'bundle-bad-name',
    ],
    [
      'an absolute path',
      async () =>
        rename(
          await zipOf(withManifest([...good(), { name: 'etc/passwdX', data: Buffer.from('x') }])),
          'etc/passwdX',
          '/etc/passwd',
        ),
      'bundle-bad-name',
    ],
    [
      'a drive letter',
      async () =>
        rename(
          await zipOf(withManifest([...good(), { name: 'Cx/evil.txt', data: Buffer.from('x') }])),
          'Cx/evil.txt',
          'C:/evil.txt',
        ),
      'bundle-bad-name',
    ],
    [
      'a symbolic link',
      async () =>
        zipOf(withManifest([...good(), { name: 'files/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }])),
      'bundle-symlink',
    ],
    [
      'two entries with one name',
      async () =>
        rename(
          await zipOf(
            withManifest([
              ...good(),
              { name: 'text/aaaa.json', data: Buffer.from('1') },
              { name: 'text/bbbb.json', data: Buffer.from('2') },
            ]),
          ),
          'text/bbbb.json',
          'text/aaaa.json',
        ),
      'bundle-duplicate',
    ],
    [
      'too many entries',
      async () =>
        zipOf(
          withManifest([
            ...good(),
            ...Array.from({ length: 50_001 }, (_, i) => ({ name: `n/${i}`, data: Buffer.alloc(0), compress: false })),
          ]),
        ),
      'bundle-too-many',
    ],
    [
      'declared sizes past the limit (zip bomb)',
      async () =>
        declareSize(
          await zipOf(
            withManifest([...good(), ...[1, 2, 3, 4, 5].map((i) => ({ name: `big/${i}`, data: Buffer.from('x') }))]),
          ),
          (n) => n.startsWith('big/'),
          0xfffffff0,
        ),
      'bundle-too-large',
    ],
    [
      'an entry inflating past what it declares (zip bomb)',
      async () => {
        const bomb = { name: 'records.json', data: Buffer.alloc(4 * 1024 * 1024, 32) }
        const manifest = manifestFor([bomb], {
          entries: [{ name: 'records.json', sha256: sha(bomb.data), bytes: 100 }],
        })
        return declareSize(await zipOf(withManifest([bomb], manifest)), (n) => n === 'records.json', 100)
      },
      'bundle-too-large',
    ],
    [
      'an encrypted entry',
      async () => markEncrypted(await zipOf(withManifest(good())), 'records.json'),
      'bundle-encrypted',
    ],
    [
      'an entry the manifest does not list',
      async () => zipOf([...withManifest(good()), { name: 'extra.txt', data: Buffer.from('x') }]),
      'bundle-unlisted',
    ],
    [
      'records that do not fit the library',
      async () => zipOf(withManifest([recordsItem({ ...emptyRecords(), glossary: [{ ...term, term: '' }] })])),
      'bundle-bad-records',
    ],
    [
      'a "PDF" that is not one',
      async () => {
        const fake = Buffer.from('not a pdf at all, only words '.repeat(50))
        const s = sha(fake)
        const resource: Resource = {
          id: 'res-1',
          createdAt: term.createdAt,
          updatedAt: term.updatedAt,
          kind: 'handbook',
          title: 'Fake',
          authors: [],
          publisher: '',
          year: null,
          language: '',
          region: '',
          tags: [],
          summary: '',
          licence: '',
          citation: '',
          obtainFrom: '',
          source: 'import',
          file: { sha256: s, bytes: fake.length, pages: 1, originalName: 'fake.pdf', outline: [], hasText: true },
        }
        return zipOf(
          withManifest([
            recordsItem({ ...emptyRecords(), resources: [resource] }),
            { name: `files/${s}.pdf`, data: fake },
            { name: `text/${s}.json`, data: Buffer.from(JSON.stringify({ sha256: s, pages: ['x'] })) },
          ]),
        )
      },
      'bundle-bad-pdf',
    ],
  ]

  for (const [what, build, id] of cases) {
    it(`refuses ${what}`, { timeout: 60_000 }, async () => {
      const error = await refusal(await build())
      expect(error?.said?.id).toBe(id)
      expect(error?.message).toMatch(/Nothing was imported/)
    })
  }
})
