import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { blankMethod, methodCategories, type Method } from '@shared/method'
import type { Trashed } from '@shared/trash'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir, withTempDir } from '../../testing/temp-dir'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { SearchService } from '../search/search-service'
import { readStarterMethods, seedMethods } from './methods'

const clock = { now: () => '2026-12-01T10:00:00.000Z' }

async function setup() {
  const deps = memoryHandlerDeps()
  await seedMethods(deps.store, resourcesDir, deps.clock)
  return { deps, call: callerFor(deps) }
}

describe('the starter methods', () => {
  it('has at least 30 methods, every section written, every category covered', async () => {
    const methods = await readStarterMethods(resourcesDir)
    expect(methods.length).toBeGreaterThanOrEqual(30)
    expect(new Set(methods.map((m) => m.key)).size).toBe(methods.length)
    expect(new Set(methods.map((m) => m.category))).toEqual(new Set(methodCategories))
    for (const m of methods) {
      expect(m.purpose.length, m.name).toBeGreaterThan(60)
      expect(m.materials.trim(), m.name).not.toBe('')
      expect(m.steps.length, m.name).toBeGreaterThanOrEqual(4)
      expect(m.tips.length, m.name).toBeGreaterThanOrEqual(2)
      expect(m.variations.length, m.name).toBeGreaterThanOrEqual(2)
      expect(m.timeMax, m.name).toBeGreaterThanOrEqual(m.timeMin)
      if (m.groupMax !== null) expect(m.groupMax, m.name).toBeGreaterThanOrEqual(m.groupMin)
      expect(m.titles.fr, m.name).toBeTruthy()
      expect(m.titles.ar, m.name).toBeTruthy()
    }
    for (const must of ['Fishbowl', 'World café', 'Think-pair-share', 'After-action review', 'ORID debrief'])
      expect(methods.map((m) => m.name)).toContain(must)
  })

  it('says every section in French and Arabic, item for item as the English does', async () => {
    const methods = await readStarterMethods(resourcesDir)
    const arabic = /\p{Script=Arabic}/u
    for (const m of methods)
      for (const lang of ['fr', 'ar'] as const) {
        const where = `${m.name} (${lang})`
        const tr = m.translations[lang]
        expect(tr, where).toBeDefined()
        expect(tr!.purpose.length, where).toBeGreaterThan(60)
        expect(tr!.materials.trim(), where).not.toBe('')
        for (const list of ['steps', 'tips', 'variations'] as const) {
          expect(tr![list].length, `${where} ${list}`).toBe(m[list].length)
          for (const [i, line] of tr![list].entries()) {
            expect(line.trim(), `${where} ${list} ${i + 1}`).not.toBe('')
            expect(line, `${where} ${list} ${i + 1} is still English`).not.toBe(m[list][i])
          }
        }
        expect(tr!.purpose, where).not.toBe(m.purpose)
        if (lang === 'ar')
          for (const text of [tr!.purpose, tr!.materials, ...tr!.steps, ...tr!.tips, ...tr!.variations])
            expect(text, where).toMatch(arabic)
      }
  })
})

describe('the methods library', () => {
  it('is seeded once: a deleted starter method does not come back, and an old data folder gets them', async () => {
    const { deps, call } = await setup()
    const before = await call<Method[]>('methods:list')
    expect(before.length).toBeGreaterThanOrEqual(30)
    await call('methods:delete', { id: 'starter-fishbowl' })
    await seedMethods(deps.store, resourcesDir, deps.clock)
    const after = await call<Method[]>('methods:list')
    expect(after.length).toBe(before.length - 1)
    expect(after.some((m) => m.id === 'starter-fishbowl')).toBe(false)

    await withTempDir(async (dir) => {
      const paths = dataPaths(join(dir, 'data'))
      const { writeFile, mkdir } = await import('node:fs/promises')
      await mkdir(paths.backups, { recursive: true })
      // a db.json from before methods existed: no `methods`, no `methodsLoaded`
      const old = {
        schemaVersion: 1,
        settings: { language: 'en', theme: 'system', libraryView: 'list', backupsKept: 10, backupEveryHours: 24 },
        starterLoaded: true,
        resources: [],
        trash: [],
      }
      await writeFile(paths.db, JSON.stringify(old))
      const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      expect(store.read().methods).toEqual([])
      await seedMethods(store, resourcesDir, clock)
      expect(store.read().methods.length).toBe(before.length)
      expect(store.read().methodsLoaded).toBe(true)
    })
  })

  it('adds, edits, deletes and undoes a facilitator’s own method, and keeps it across a reopen', async () => {
    await withTempDir(async (dir) => {
      const paths = dataPaths(join(dir, 'data'))
      const { mkdir } = await import('node:fs/promises')
      await mkdir(paths.backups, { recursive: true })
      const first = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      const deps = { ...memoryHandlerDeps(), store: first.store, paths }
      const call = callerFor(deps)
      const created = await call<Method>('methods:create', { fields: blankMethod('Village walk', 'opener') })
      await call('methods:edit', {
        id: created.id,
        edit: { field: 'steps', value: ['Meet at the well', 'Walk'], base: [] },
      })
      await call('methods:edit', { id: created.id, edit: { field: 'titles.fr', value: 'Promenade au village' } })
      await expect(call('methods:edit', { id: created.id, edit: { field: 'groupMax', value: 1 } })).rejects.toThrow(
        /largest group size/,
      )
      const trashed = await call<Trashed>('methods:delete', { id: created.id })
      expect(trashed.kind).toBe('method')
      await expect(call('methods:get', { id: created.id })).rejects.toThrow(/no longer/)
      await call('trash:restore', { id: trashed.id })
      const again = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      const kept = again.store.read().methods.find((m) => m.id === created.id)
      expect(kept?.steps).toEqual(['Meet at the well', 'Walk'])
      expect(kept?.titles).toEqual({ fr: 'Promenade au village' })
      expect(kept?.groupMax).toBeNull()
    })
  })

  it('is searched by name and content: a method hit that names the method', async () => {
    const { deps } = await setup()
    const search = new SearchService(deps.store, deps.paths)
    search.rebuildMeta()
    const fishbowl = await search.query('fishbowl')
    expect(fishbowl.methods[0]).toMatchObject({ kind: 'method', methodId: 'starter-fishbowl', title: 'Fishbowl' })
    const byContent = await search.query('tablecloths')
    expect(byContent.methods.map((h) => h.methodId)).toContain('starter-world-cafe')
    const byAlias = await search.query('human barometer')
    expect(byAlias.methods[0]?.methodId).toBe('starter-spectrogram')
  })

  it('edits a text in one language, the text as written untouched; a first translated field starts the translation', async () => {
    const { deps, call } = await setup()
    const fishbowl = await call<Method>('methods:get', { id: 'starter-fishbowl' })
    const steps = [...fishbowl.translations.fr!.steps.slice(0, -1), 'Faire le point avec tout le groupe.']
    await call('methods:edit', {
      id: fishbowl.id,
      edit: { field: 'translations.fr.steps', value: steps, base: fishbowl.translations.fr!.steps },
    })
    let now = await call<Method>('methods:get', { id: fishbowl.id })
    expect(now.translations.fr!.steps).toEqual(steps)
    expect(now.steps).toEqual(fishbowl.steps)
    expect(now.translations.ar).toEqual(fishbowl.translations.ar)

    const own = await call<Method>('methods:create', { fields: blankMethod('Village walk', 'opener') })
    expect(own.translations).toEqual({})
    await call('methods:edit', {
      id: own.id,
      edit: { field: 'translations.ar.purpose', value: 'نتعرّف على البلدة معًا.' },
    })
    now = await call<Method>('methods:get', { id: own.id })
    expect(now.translations.ar).toEqual({
      purpose: 'نتعرّف على البلدة معًا.',
      materials: '',
      steps: [],
      tips: [],
      variations: [],
    })
    // the search finds a method by its translated words too
    const search = new SearchService(deps.store, deps.paths)
    search.rebuildMeta()
    expect((await search.query('intérieur')).methods.map((h) => h.methodId)).toContain('starter-fishbowl')
  })
})
