import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../testing/temp-dir'
import { openStore, BACKUPS_KEPT, takeBackup } from './open-store'
import { migrate, SCHEMA_VERSION } from './schema'

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
      const backup = JSON.parse(await readFile(join(dir, 'backups', backups[0]!), 'utf8'))
      expect(backup).toEqual(v0File)
    })
  })

  it('refuses a file from a newer app rather than guessing', () => {
    expect(migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({ ok: false })
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
      expect(notices[0]?.text).toMatch(/could not be read .*does not parse.*restored/)
      const kept = (await readdir(dir)).filter((n) => n.startsWith('db.json.unreadable-'))
      expect(kept).toHaveLength(1)
      expect(await readFile(join(dir, kept[0]!), 'utf8')).toContain('"settings": {')
    })
  })

  it('treats a parsable file of the wrong shape as unreadable too', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'db.json'), JSON.stringify({ schemaVersion: 1, resources: 'lots' }))
      const { notices, store } = await open(dir)
      expect(notices[0]?.text).toMatch(/wrong shape/)
      expect(notices[0]?.text).toMatch(/no usable backup/)
      expect(store.read().resources).toEqual([])
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
        throw new Error('ENOSPC: no space left on device')
      },
    })
    await expect(
      store.update((d) => {
        d.settings.language = 'ar'
      }),
    ).rejects.toThrow(/ENOSPC/)
    expect(store.read().settings.language).toBe('en')
  })
})
