/**
 * A full disk, for real: a 3 MB tmpfs (where the run is root and may mount), filled
 * until writes fail. Elsewhere the test says why it is skipped; store.test.ts injects
 * the same error through an adapter.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from './open-store'
import { createWorkshop, addNote } from '../services/workshops/workshops'
import { SearchService } from '../services/search/search-service'
import { dataPaths } from '../paths'
import type { UserMessage } from '@shared/user-message'

const clock = { now: () => '2026-11-30T09:00:00.000Z' }

function mountTmpfs(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'tc-full-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
}

const mounted = mountTmpfs()
if (!mounted) console.warn('full-disk.test: skipped — not root on Linux or tmpfs cannot be mounted here')

const listTemps = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((n) => n.endsWith('.tmp'))
}

describe.skipIf(!mounted)('a full disk', () => {
  const dir = mounted!
  afterAll(() => {
    execFileSync('umount', [dir])
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a note with a clear message, changes nothing, leaves no temporary file, and works again once space is freed', async () => {
    const told: UserMessage[] = []
    const paths = dataPaths(dir)
    await mkdir(paths.index)
    const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups, notify: (m) => told.push(m) })
    const workshop = await createWorkshop(store, clock, 'Coordination course')
    await addNote(store, clock, workshop.id, { kind: 'observation', text: 'Before the disk filled' })
    const filler = join(dir, 'filler.bin')
    await writeFile(filler, Buffer.alloc(3 * 1024 * 1024)).catch(() => undefined)
    const onDisk = await readFile(paths.db, 'utf8')

    const refused = addNote(store, clock, workshop.id, { kind: 'observation', text: 'x'.repeat(19_000) })
    await expect(refused).rejects.toMatchObject({ code: 'disk-full', said: { id: 'disk-full' } })
    expect(store.read().workshops[0]!.notes).toHaveLength(1)
    expect(await readFile(paths.db, 'utf8')).toBe(onDisk)
    expect(await listTemps(dir)).toEqual([])

    const search = new SearchService(store, paths, (m) => told.push(m))
    const saved = search.load()
    await expect(saved).resolves.toBeDefined()
    expect(told.map((m) => m.id)).toContain('disk-full-background')
    expect(await listTemps(dir)).toEqual([])
    await search.close()

    await rm(filler)
    await addNote(store, clock, workshop.id, { kind: 'observation', text: 'After space was freed' })
    const reopened = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
    expect(reopened.store.read().workshops[0]!.notes.map((n) => n.text)).toEqual([
      'Before the disk filled',
      'After space was freed',
    ])
  })
})
