import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { withTempDir } from '../../testing/temp-dir'
import { openStore } from '../../store/open-store'
import { createWorkshop, addNote } from '../workshops/workshops'
import { deleteWorkshop } from '../workshops/workshop-trash'
import { scheduleSnapshots } from './schedule'
import { listSnapshots, previewSnapshot, restoreSnapshot } from './snapshots'
import type { RestoreDeps } from './restore'

const HOUR = 60 * 60 * 1000

async function library(dir: string) {
  let now = new Date('2026-11-30T08:00:00.000Z')
  const clock = { now: () => now.toISOString() }
  const opened = await openStore({ dbPath: join(dir, 'db.json'), backupsDir: join(dir, 'backups'), now: () => now })
  const synced: string[] = []
  const deps: RestoreDeps = {
    store: opened.store,
    paths: { root: dir, files: join(dir, 'files'), backups: join(dir, 'backups') } as RestoreDeps['paths'],
    snapshot: opened.snapshot,
    search: { syncResource: async (id) => void synced.push(id), rebuildMeta: () => undefined },
  }
  const schedule = scheduleSnapshots(
    {
      store: opened.store,
      backupsDir: join(dir, 'backups'),
      snapshot: opened.snapshot,
      notify: () => undefined,
      now: () => now,
    },
    60_000_000,
  )
  return { ...opened, deps, clock, schedule, later: (ms: number) => (now = new Date(now.getTime() + ms)) }
}

describe('snapshots while the app runs', () => {
  it('takes the first one at once, then one when the interval has passed and something changed', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      expect(await listSnapshots(join(dir, 'backups'))).toEqual([])
      expect(await lib.schedule.tick()).toBe(true)
      expect((await listSnapshots(join(dir, 'backups'))).map((s) => s.reason)).toEqual(['first-run'])

      lib.later(25 * HOUR)
      expect(await lib.schedule.tick()).toBe(false) // nothing changed since: no copy of the same library
      await createWorkshop(lib.store, lib.clock, 'Dialogue week')
      lib.later(1 * HOUR)
      expect(await lib.schedule.tick()).toBe(true)
      await createWorkshop(lib.store, lib.clock, 'Second week')
      lib.later(2 * HOUR)
      expect(await lib.schedule.tick()).toBe(false) // changed, but the newest is only 2 hours old
      await lib.store.update((d) => void (d.settings.backupEveryHours = 1))
      expect(await lib.schedule.tick()).toBe(true)
      const list = await listSnapshots(join(dir, 'backups'))
      expect(list.map((s) => s.reason)).toEqual(['scheduled', 'scheduled', 'first-run'])
      expect(list[0]!.counts?.workshops).toBe(2)
      expect(list[2]!.counts?.workshops).toBe(0)
      lib.schedule.stop()
    })
  })

  it('keeps as many as the setting says, dropping the oldest', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      await lib.store.update((d) => void (d.settings.backupsKept = 3))
      for (let i = 0; i < 6; i++) {
        lib.later(HOUR)
        await createWorkshop(lib.store, lib.clock, `Workshop ${i}`)
        await lib.snapshot('manual')
      }
      const list = await listSnapshots(join(dir, 'backups'))
      expect(list).toHaveLength(3)
      expect(list.map((s) => s.counts?.workshops)).toEqual([6, 5, 4])
      lib.schedule.stop()
    })
  })
})

describe('restoring a snapshot', () => {
  it('previews what differs, keeps the current library as a snapshot first, and brings the record back', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const workshop = await createWorkshop(lib.store, lib.clock, 'Election week')
      await addNote(lib.store, lib.clock, workshop.id, { kind: 'observation', text: 'Police and civil society met' })
      const [taken] = (await lib.snapshot('manual')) ? await listSnapshots(join(dir, 'backups')) : []
      lib.later(HOUR)
      await deleteWorkshop(lib.store, lib.clock, workshop.id)
      await createWorkshop(lib.store, lib.clock, 'Made after the snapshot')

      const preview = await previewSnapshot(lib.deps, taken!.name)
      const workshops = preview.differences.find((d) => d.kind === 'workshops')!
      expect(workshops).toMatchObject({ added: 1, removed: 1, changed: 0 })
      expect(workshops.examples).toEqual({
        added: ['Election week'],
        removed: ['Made after the snapshot'],
        changed: [],
      })
      expect(preview.counts.notes).toBe(1)
      expect(lib.store.read().workshops.map((w) => w.title)).toEqual(['Made after the snapshot']) // preview wrote nothing

      const done = await restoreSnapshot(lib.deps, taken!.name)
      expect(done.keptAs).toMatch(/-before-restore\.json$/)
      expect(lib.store.read().workshops.map((w) => w.title)).toEqual(['Election week'])
      expect(lib.store.read().workshops[0]!.notes[0]!.text).toBe('Police and civil society met')

      // the restore can itself be undone: the snapshot it kept holds the library as it was
      const undo = await previewSnapshot(lib.deps, done.keptAs)
      expect(undo.differences.find((d) => d.kind === 'workshops')!.examples.added).toEqual(['Made after the snapshot'])
      await restoreSnapshot(lib.deps, done.keptAs)
      expect(lib.store.read().workshops.map((w) => w.title)).toEqual(['Made after the snapshot'])
      lib.schedule.stop()
    })
  })

  it('restores nothing when the current library cannot be kept first', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      await createWorkshop(lib.store, lib.clock, 'Kept')
      await lib.snapshot('manual')
      const [taken] = await listSnapshots(join(dir, 'backups'))
      await createWorkshop(lib.store, lib.clock, 'Newer')
      const failing = { ...lib.deps, snapshot: () => Promise.reject(new Error('ENOSPC: no space left on device')) }
      await expect(restoreSnapshot(failing, taken!.name)).rejects.toThrow(
        /could not be kept as a snapshot.*nothing was restored/,
      )
      expect(lib.store.read().workshops).toHaveLength(2)
      await expect(previewSnapshot(lib.deps, 'db-2020-01-01T00-00-00-000Z-daily.json')).rejects.toThrow(
        /no longer in backups/,
      )
      lib.schedule.stop()
    })
  })
})

describe('comparing libraries', () => {
  it('does not call a record changed because its keys are in another order', async () => {
    const { canonical } = await import('./contents')
    expect(canonical({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonical({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    )
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }))
  })
})

describe('PDFs a snapshot points at', () => {
  it('are left by start-up tidying after the trash let go of them, so restoring the snapshot brings them back', async () => {
    const { writeFile, mkdir } = await import('node:fs/promises')
    const { existsSync } = await import('node:fs')
    const { emptyResourceDetails } = await import('@shared/model')
    const { tidyLibrary, deleteResource } = await import('../library/library')
    const { filesNamedBySnapshots } = await import('./snapshot-files')
    const { dataPaths } = await import('../../paths')
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const paths = dataPaths(dir)
      await mkdir(paths.files, { recursive: true })
      await mkdir(paths.text, { recursive: true })
      const sha = 'c'.repeat(64)
      await writeFile(join(paths.files, `${sha}.pdf`), '%PDF-1.7 kept by a snapshot')
      const file = { sha256: sha, bytes: 27, pages: 1, originalName: 'brief.pdf', outline: [], hasText: false }
      await lib.store.update(
        (d) =>
          void d.resources.push({
            ...emptyResourceDetails(),
            id: 'r1',
            createdAt: lib.clock.now(),
            updatedAt: lib.clock.now(),
            kind: 'background-note',
            title: 'Regional brief',
            language: 'en',
            source: 'import',
            file,
          }),
      )
      await lib.snapshot('manual')
      const [taken] = await listSnapshots(join(dir, 'backups'))
      await deleteResource(lib.store, lib.clock, 'r1')
      await lib.store.update((d) => void (d.trash = [])) // as when the trash lets go after 30 days

      await tidyLibrary(lib.store, paths, await filesNamedBySnapshots(paths.backups))
      expect(existsSync(join(paths.files, `${sha}.pdf`))).toBe(true)
      const preview = await previewSnapshot({ ...lib.deps, paths }, taken!.name)
      expect(preview.missingFiles).toBe(0)
      await restoreSnapshot({ ...lib.deps, paths }, taken!.name)
      expect(lib.store.read().resources.map((r) => r.file?.sha256)).toEqual([sha])

      lib.schedule.stop()
    })
  })
})
