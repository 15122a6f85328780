import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../testing/temp-dir'
import { openStore, BACKUPS_KEPT, takeBackup } from './open-store'
import { SCHEMA_VERSION } from './schema'
import { salvage } from './salvage'

const open = (dir: string, now = () => new Date('2026-11-24T10:00:00Z')) =>
  openStore({ dbPath: join(dir, 'db.json'), backupsDir: join(dir, 'backups'), now })

const readDisk = async (dir: string) => JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'))

const v0File = {
  resources: [
    {
      id: 'r1',
      createdAt: '2015-01-01T00:00:00Z',
      updatedAt: '2015-01-01T00:00:00Z',
      kind: 'handbook',
      title: 'Old handbook',
    },
  ],
}

describe('the store on disk', () => {
  it('creates db.json on first open and writes every update to the file', async () => {
    await withTempDir(async (dir) => {
      const { store, created } = await open(dir)
      expect(created).toBe(true)
      expect((await readDisk(dir)).schemaVersion).toBe(SCHEMA_VERSION)
      await store.update((d) => {
        d.settings.language = 'fr'
      })
      expect((await readDisk(dir)).settings.language).toBe('fr')
      const reopened = await open(dir)
      expect(reopened.store.read().settings.language).toBe('fr')
    })
  })

  it('migrates a version-0 file, keeping its records, after backing it up', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'db.json'), JSON.stringify(v0File))
      const { store } = await open(dir)
      const [resource] = store.read().resources
      expect(resource).toMatchObject({ id: 'r1', title: 'Old handbook', tags: [], file: null, source: 'import' })
      expect((await readDisk(dir)).schemaVersion).toBe(SCHEMA_VERSION)
      const backups = await readdir(join(dir, 'backups'))
      expect(backups.some((b) => b.includes('before-migration-v0'))).toBe(true)
      const before = backups.find((b) => b.includes('before-migration-v0'))!
      const backup = JSON.parse(await readFile(join(dir, 'backups', before), 'utf8'))
      expect(backup).toEqual(v0File)
    })
  })

  it('opens a version-1 file (methods and scenarios without translations) as version 2, after backing it up', async () => {
    await withTempDir(async (dir) => {
      const method = {
        ...{ id: 'm1', name: 'Fishbowl', category: 'plenary', aliases: [], titles: {}, purpose: 'Listen.' },
        ...{ groupMin: 8, groupMax: null, timeMin: 30, timeMax: 60, materials: '', steps: ['Sit.'], tips: [] },
        ...{ variations: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
      }
      const v1 = { schemaVersion: 1, settings: {}, starterLoaded: true, trash: [], resources: [], methods: [method] }
      await writeFile(join(dir, 'db.json'), JSON.stringify(v1))
      const { store, notices } = await open(dir)
      expect(notices).toEqual([])
      expect(store.read().methods[0]).toMatchObject({ name: 'Fishbowl', purpose: 'Listen.', translations: {} })
      expect((await readDisk(dir)).schemaVersion).toBe(2)
      const backups = await readdir(join(dir, 'backups'))
      expect(backups.some((b) => b.includes('before-migration-v1'))).toBe(true)
    })
  })

  it('refuses a file from a newer app rather than guessing, and leaves it untouched', async () => {
    expect(salvage({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({ kind: 'future', version: SCHEMA_VERSION + 1 })
    await withTempDir(async (dir) => {
      const future = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, resources: [] })
      await writeFile(join(dir, 'db.json'), future)
      await expect(open(dir)).rejects.toThrow(/newer version of Training Companion/)
      expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(future)
    })
  })

  it('moves an unparsable db.json aside and restores the newest good backup, telling the user', async () => {
    await withTempDir(async (dir) => {
      const first = await open(dir)
      await first.store.update((d) => {
        d.settings.theme = 'dark'
      })
      await takeBackup(join(dir, 'db.json'), join(dir, 'backups'), new Date('2026-11-25T00:00:00Z'), 'daily')
      await writeFile(join(dir, 'db.json'), '{"schemaVersion": 1, "settings": {') // truncated write
      const { store, notices } = await open(dir)
      expect(store.read().settings.theme).toBe('dark')
      expect(notices).toHaveLength(1)
      expect(notices[0]?.text).toMatch(/could not be read .*does not parse.*nothing is missing/)
      const kept = (await readdir(dir)).filter((n) => n.startsWith('db.json.unreadable-'))
      expect(kept).toHaveLength(1)
      expect(await readFile(join(dir, kept[0]!), 'utf8')).toContain('"settings": {')
    })
  })

  it('sets aside a list of the wrong shape, keeping it and everything else', async () => {
    await withTempDir(async (dir) => {
      const file = { schemaVersion: 1, settings: { language: 'fr', theme: 'dark' }, starterLoaded: true, trash: [] }
      await writeFile(join(dir, 'db.json'), JSON.stringify({ ...file, resources: 'lots' }))
      const { notices, store } = await open(dir)
      expect(notices.map((n) => n.id)).toEqual(['records-set-aside'])
      expect(store.read().resources).toEqual([])
      expect(store.read().settings.theme).toBe('dark')
      const aside = JSON.parse(await readFile(join(dir, 'set-aside.json'), 'utf8'))
      expect(aside).toMatchObject([{ where: 'resources', reason: 'not a list', value: 'lots' }])
    })
  })

  it('keeps only the newest backups', async () => {
    await withTempDir(async (dir) => {
      await open(dir)
      await mkdir(join(dir, 'backups'), { recursive: true })
      for (let day = 1; day <= BACKUPS_KEPT + 4; day++) {
        await takeBackup(join(dir, 'db.json'), join(dir, 'backups'), new Date(Date.UTC(2026, 0, day)), 'daily')
      }
      const names = (await readdir(join(dir, 'backups'))).sort()
      expect(names).toHaveLength(BACKUPS_KEPT)
      expect(names[0]).toContain('2026-01-05')
    })
  })

  it('a failed write leaves memory as it was', async () => {
    const { createStore } = await import('./store')
    const store = createStore({
      read: async () => null,
      write: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
    })
    await expect(
      store.update((d) => {
        d.settings.language = 'ar'
      }),
    ).rejects.toMatchObject({ code: 'disk-full', said: { id: 'disk-full' } })
    expect(store.read().settings.language).toBe('en')
  })
  it('is idle only once every change asked for is on disk (the desktop app waits for it before it quits)', async () => {
    await withTempDir(async (dir) => {
      const { store } = await open(dir)
      void store.update((d) => {
        d.settings.language = 'fr'
      })
      void store.update((d) => {
        d.settings.theme = 'dark'
      })
      await store.idle()
      expect((await readDisk(dir)).settings).toMatchObject({ language: 'fr', theme: 'dark' })
    })
  })
})
