import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir, resourcesDir } from '../testing/temp-dir'
import { openStore } from './open-store'
import { seedScenarios } from '../services/scenarios/scenarios'
import { adaptScenario } from '../services/scenarios/adapt'
import { ServiceError } from '@shared/result'
import { Data } from './schema'
import type { Scenario } from '@shared/scenario'

const clock = { now: () => '2026-11-30T09:00:00.000Z' }
const open = (dir: string) => openStore({ dbPath: join(dir, 'db.json'), backupsDir: join(dir, 'backups') })

describe('the one door for writes', () => {
  it('refuses a change that would not read back, says why, and changes nothing in memory or on disk', async () => {
    await withTempDir(async (dir) => {
      const { store } = await open(dir)
      await seedScenarios(store, resourcesDir, clock)
      const onDisk = await readFile(join(dir, 'db.json'), 'utf8')
      const before = store.read()
      const refused = store.update((data) => {
        const role = data.scenarios[0]!.roles[0]!
        ;(role as { sector: string }).sector = 'gendarmerie'
      })
      await expect(refused).rejects.toMatchObject({ code: 'invalid-record', said: { id: 'write-refused' } })
      await expect(refused).rejects.toThrow(/roles\.0\.sector/)
      expect(store.read()).toBe(before)
      expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(onDisk)
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    })
  })

  it('refuses two records with one id', async () => {
    await withTempDir(async (dir) => {
      const { store } = await open(dir)
      await seedScenarios(store, resourcesDir, clock)
      await expect(
        store.update((data) => {
          data.scenarios.push({ ...data.scenarios[0]! })
        }),
      ).rejects.toMatchObject({ code: 'invalid-record' })
      expect(store.read().scenarios).toHaveLength(3)
    })
  })

  it('adapting a scenario with everyday terms never costs the library at the next start', async () => {
    await withTempDir(async (dir) => {
      const { store } = await open(dir)
      await seedScenarios(store, resourcesDir, clock)
      const ids = store.read().scenarios.map((s) => s.id)
      const pairs = [
        { from: 'police', to: 'gendarmerie' },
        { from: 'media', to: 'press' },
        { from: 'military', to: 'armed forces' },
        { from: 'e', to: 'e'.repeat(300) },
      ]
      for (const id of ids)
        for (const replacements of [pairs.slice(0, 3), pairs])
          await adaptScenario(store, clock, { id, contextName: 'Sahel '.repeat(30).trim(), replacements }).catch(
            (e: unknown) => expect(e).toBeInstanceOf(ServiceError),
          )
      const kept = store.read().scenarios as Scenario[]
      const reopened = await open(dir)
      expect(reopened.notices).toEqual([])
      expect(reopened.store.read().scenarios).toEqual(kept)
      expect(Data.safeParse(JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'))).success).toBe(true)
    })
  })

  it('hands back plain records, not drafts, from a change', async () => {
    await withTempDir(async (dir) => {
      const { store } = await open(dir)
      const settings = await store.update((data) => {
        data.settings.theme = 'dark'
        return data.settings
      })
      expect(settings).toEqual({ ...store.read().settings })
      expect(JSON.parse(JSON.stringify(settings))).toMatchObject({ theme: 'dark' })
    })
  })
})
