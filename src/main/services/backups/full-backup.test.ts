/**
 * A full backup rebuilds the library on another machine: the first-run library (starter
 * PDFs with their page text) plus a workshop with a note, backed up to a folder and as a
 * tar.gz download, restored into a fresh data folder, gives equal records and equal file
 * hashes. A backup with a changed byte is refused before anything is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { PassThrough } from 'node:stream'
import { createGzip } from 'node:zlib'
import { resourcesDir, workerPath } from '../../testing/temp-dir'
import { startCore, type Core } from '../../core'
import { addNote, createWorkshop } from '../workshops/workshops'
import { systemClock } from '../clock'
import { writeFullBackup } from './full-backup'
import { folderSink, tarSink } from './sinks'
import { hashFile, openBackupFolder, previewBackup, restoreBackup, stageUpload } from './full-restore'
import type { RestoreDeps } from './restore'

let work: string
let source: Core

const start = (dataDir: string) => startCore({ dataDir, resourcesDir, workerPath, host: 'browser', version: 'test' })
const deps = (core: Core): RestoreDeps => ({
  store: core.store,
  paths: core.paths,
  snapshot: core.snapshot,
  search: { syncResource: (id) => core.search.syncResource(id), rebuildMeta: () => core.search.rebuildMeta() },
})
const backupOptions = (core: Core) => ({ store: core.store, paths: core.paths, version: 'test', now: () => new Date() })

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const sub of ['files', 'text'])
    for (const name of await readdir(join(dir, sub))) out[`${sub}/${name}`] = await hashFile(join(dir, sub, name))
  return out
}

const records = (core: Core) => {
  const { settings: _settings, ...rest } = core.store.read()
  return rest
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tc-full-'))
  source = await start(join(work, 'source'))
  const w = await createWorkshop(source.store, systemClock, 'Coordination course, Mopti')
  await addNote(source.store, systemClock, w.id, { kind: 'decision', text: 'Role play on day two' })
})
afterAll(async () => {
  await source.close()
  await rm(work, { recursive: true, force: true })
})

describe('a full backup', () => {
  it('written to a folder rebuilds the library in an empty data folder: equal records, equal file hashes', async () => {
    const folder = join(work, 'backup-folder')
    const done = await writeFullBackup(backupOptions(source), folderSink(folder))
    expect(done.counts.resources).toBeGreaterThan(0)
    expect(done.files).toBe(1 + (await readdir(join(source.paths.root, 'files'))).length * 2)

    const target = await start(join(work, 'target'))
    try {
      const preview = await previewBackup(deps(target), folder)
      expect(preview.differences.find((d) => d.kind === 'workshops')).toMatchObject({ added: 1 })
      expect(preview.missingFiles).toBe(0)
      const restored = await restoreBackup(deps(target), folder)
      expect(restored.keptAs).toMatch(/before-restore/)
      expect(records(target)).toEqual(records(source))
      expect(await hashes(target.paths.root)).toEqual(await hashes(source.paths.root))
      await target.searchReady
      const word = 'facilitator'
      expect((await target.search.query(word, {})).totalPages).toBe((await source.search.query(word, {})).totalPages)
      expect((await target.search.query(word, {})).totalPages).toBeGreaterThan(0)
    } finally {
      await target.close()
    }
  })

  it('downloaded as a tar.gz and uploaded again rebuilds it the same way', async () => {
    const archive = join(work, 'uploads-like')
    const gzip = createGzip()
    const out = new PassThrough()
    const written = pipeline(out, gzip, createWriteStream(archive))
    await writeFullBackup(backupOptions(source), tarSink(out, new Date()))
    await written

    const target = await start(join(work, 'target-tar'))
    try {
      const staged = await stageUpload(archive)
      await restoreBackup(deps(target), staged)
      expect(records(target)).toEqual(records(source))
      expect(await hashes(target.paths.root)).toEqual(await hashes(source.paths.root))
    } finally {
      await target.close()
    }
  })

  it('with one changed byte is refused, naming the file, before anything is written', async () => {
    const folder = join(work, 'backup-damaged')
    await writeFullBackup(backupOptions(source), folderSink(folder))
    const [pdf] = await readdir(join(folder, 'files'))
    const bytes = await readFile(join(folder, 'files', pdf!))
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff
    await writeFile(join(folder, 'files', pdf!), bytes)
    await expect(openBackupFolder(folder)).rejects.toThrow(`files/${pdf} does not match its checksum`)
    await rm(join(folder, 'manifest.json'))
    await expect(openBackupFolder(folder)).rejects.toThrow(/not a full backup.*no manifest\.json/)
  })
})
