import { describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../testing/temp-dir'
import { openStore } from './open-store'
import { SCHEMA_VERSION } from './schema'
import { createWorkshop, addNote } from '../services/workshops/workshops'

const clock = { now: () => '2026-11-30T09:00:00.000Z' }
const open = (dir: string) => openStore({ dbPath: join(dir, 'db.json'), backupsDir: join(dir, 'backups') })

/** A library with a workshop and notes, all acknowledged, on disk in `dir`. */
async function libraryWithWork(dir: string) {
  const { store } = await open(dir)
  await store.update((d) => {
    d.settings.language = 'fr'
  })
  const workshop = await createWorkshop(store, clock, 'Cours CIMIC, Bamako')
  for (const text of ['Observation 1', 'Décision 2', 'Action 3'])
    await addNote(store, clock, workshop.id, { kind: 'observation', text })
  return { workshop, expected: store.read() }
}

const good = JSON.stringify

const damagedShapes: Record<string, (dbText: string) => string> = {
  truncated: (t) => t.slice(0, Math.floor(t.length / 2)),
  empty: () => '',
  garbage: () => '\u0000\u00ff\u0013garbage',
  null: () => 'null',
  'a list': () => '[]',
  'an empty object': () => '{}',
  'unknown keys only': () => good({ foo: 1, bar: [2] }),
  'resources only, empty': () => good({ resources: [] }),
  'a number schemaVersion as text': () => good({ schemaVersion: '1', resources: [] }),
}

describe('loading never throws good data away', () => {
  for (const [shape, damage] of Object.entries(damagedShapes))
    it(`db.json ${shape}: the library comes back from backup and journal, with a notice`, async () => {
      await withTempDir(async (dir) => {
        const { expected } = await libraryWithWork(dir)
        const text = await readFile(join(dir, 'db.json'), 'utf8')
        await writeFile(join(dir, 'db.json'), damage(text))
        const { store, notices } = await open(dir)
        expect(notices.map((n) => n.id)).toEqual(['library-recovered'])
        expect(store.read().workshops).toEqual(expected.workshops)
        expect(store.read().settings.language).toBe('fr')
        const aside = (await readdir(dir)).filter((n) => n.startsWith('db.json.unreadable-'))
        expect(aside).toHaveLength(1)
        expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(damage(text))
      })
    })

  it('db.json missing while backups exist: recovered, not started empty', async () => {
    await withTempDir(async (dir) => {
      const { expected } = await libraryWithWork(dir)
      await open(dir) // takes a backup and starts a new journal
      await rm(join(dir, 'db.json'))
      const { store, notices } = await open(dir)
      expect(notices.map((n) => n.id)).toEqual(['library-recovered'])
      expect(store.read().workshops).toEqual(expected.workshops)
    })
  })

  it('db.json a folder: kept aside, library recovered', async () => {
    await withTempDir(async (dir) => {
      const { expected } = await libraryWithWork(dir)
      await rm(join(dir, 'db.json'))
      await mkdir(join(dir, 'db.json'))
      const { store, notices } = await open(dir)
      expect(notices[0]?.text).toMatch(/is a folder/)
      expect(store.read().workshops).toEqual(expected.workshops)
    })
  })

  it('a journal whose last line was torn by a crash loses only that unacknowledged line', async () => {
    await withTempDir(async (dir) => {
      const { expected } = await libraryWithWork(dir)
      await writeFile(join(dir, 'journal.jsonl'), '{"at":"2026-11-30T10:00:00Z","singles":{"sett', { flag: 'a' })
      await writeFile(join(dir, 'db.json'), 'garbage')
      const { store } = await open(dir)
      expect(store.read().workshops).toEqual(expected.workshops)
    })
  })

  it('one bad record among good ones is set aside on its own, with its reason, and the rest loads', async () => {
    await withTempDir(async (dir) => {
      const { expected, workshop } = await libraryWithWork(dir)
      const raw = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'))
      raw.workshops.push({ ...raw.workshops[0], id: 'w-bad', title: '' })
      raw.timeline.push({ id: 'e-bad', title: 42 })
      await writeFile(join(dir, 'db.json'), JSON.stringify(raw))
      const { store, notices } = await open(dir)
      expect(notices.map((n) => n.id)).toEqual(['records-set-aside'])
      expect(notices[0]?.values.count).toBe(2)
      expect(store.read().workshops.map((w) => w.id)).toEqual([workshop.id])
      expect(store.read().workshops).toEqual(expected.workshops)
      const aside = JSON.parse(await readFile(join(dir, 'set-aside.json'), 'utf8'))
      expect(aside.map((a: { key: string }) => a.key).sort()).toEqual(['e-bad', 'w-bad'])
      expect(aside.find((a: { key: string }) => a.key === 'w-bad').reason).toMatch(/title/)
      const again = await open(dir)
      expect(again.notices).toEqual([])
    })
  })

  it('one bad workshop note costs that note only, not the workshop', async () => {
    await withTempDir(async (dir) => {
      const { expected, workshop } = await libraryWithWork(dir)
      const raw = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'))
      raw.workshops[0].notes[1].kind = 'rumour'
      await writeFile(join(dir, 'db.json'), JSON.stringify(raw))
      const { store, notices } = await open(dir)
      expect(notices.map((n) => n.id)).toEqual(['records-set-aside'])
      const [kept] = store.read().workshops
      expect(kept?.id).toBe(workshop.id)
      expect(kept?.notes.map((n) => n.text)).toEqual(['Observation 1', 'Action 3'])
      const aside = JSON.parse(await readFile(join(dir, 'set-aside.json'), 'utf8'))
      const lost = { ...expected.workshops[0]!.notes[1], kind: 'rumour' }
      expect(aside).toMatchObject([{ where: `workshops/${workshop.id}/notes`, value: lost, reason: /kind/ }])
    })
  })

  it('a library from a newer app is refused with a clear message and left untouched', async () => {
    await withTempDir(async (dir) => {
      await libraryWithWork(dir)
      const future = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, workshops: [] })
      await writeFile(join(dir, 'db.json'), future)
      await expect(open(dir)).rejects.toThrow(/newer version/)
      expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(future)
    })
  })
})
