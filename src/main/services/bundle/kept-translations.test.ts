/**
 * An update from an app before translations (its methods and scenarios carry none) keeps the
 * library's French and Arabic where the words they translate are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyBundleRecords } from '@shared/bundle'
import { inLanguage } from '@shared/in-language'
import { scenarioIn, type Scenario } from '@shared/scenario'
import { startCore, type Core } from '../../core'
import { resourcesDir, workerPath } from '../../testing/temp-dir'
import { systemClock } from '../clock'
import { applyBundle } from './apply-bundle'

let dir: string
let core: Core
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-kept-translations-'))
  core = await startCore({ dataDir: join(dir, 'data'), resourcesDir, workerPath, host: 'browser', version: 'test' })
})
afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const later = '2030-01-01T00:00:00.000Z'
const update = (records: Partial<ReturnType<typeof emptyBundleRecords>>) =>
  applyBundle(
    { store: core.store, paths: core.paths, clock: systemClock },
    {
      records: { ...emptyBundleRecords(), ...records },
      newFiles: new Map(),
    },
    {},
  )

describe('an update from an app before translations', () => {
  it('keeps a method’s translations of the words it did not change, and drops those of the words it did', async () => {
    const ours = core.store.read().methods.find((m) => m.id === 'starter-name-story')!
    expect(ours.translations.fr!.tips.length).toBeGreaterThan(0)
    const theirs = {
      ...ours,
      translations: {},
      steps: ['A step of their own', ...ours.steps.slice(1)],
      updatedAt: later,
    }
    const applied = await update({ methods: [theirs] })
    expect(applied.updated).toBe(1)
    const now = core.store.read().methods.find((m) => m.id === ours.id)!
    expect(now.steps[0]).toBe('A step of their own')
    expect(inLanguage(now, 'purpose', 'fr').value).toBe(ours.translations.fr!.purpose)
    expect(inLanguage(now, 'tips', 'fr').value).toEqual(ours.translations.fr!.tips)
    expect(inLanguage(now, 'steps', 'fr').value[0]).toBe('A step of their own')
    expect(now.translations.ar?.variations).toEqual(ours.translations.ar?.variations)
    // the same bundle again: ours already holds it
    expect(await update({ methods: [theirs] })).toMatchObject({ updated: 0, keptBoth: 0, skipped: 1 })
  })

  it('keeps a scenario’s translations, its roles’, phases’ and injects’ too, where their words are unchanged', async () => {
    const ours = core.store.read().scenarios.find((s) => s.id === 'starter-flood')!
    const [phase] = ours.phases
    const renamed: Scenario['phases'] = [{ ...phase!, title: 'Water everywhere' }, ...ours.phases.slice(1)]
    const theirs: Scenario = { ...ours, translations: {}, phases: renamed, updatedAt: later }
    await update({ scenarios: [theirs] })
    const fr = scenarioIn(
      core.store.read().scenarios.find((s) => s.id === ours.id)!,
      'fr',
    )
    const before = scenarioIn(ours, 'fr')
    expect(fr.title).toBe(before.title)
    expect(fr.themes).toEqual(before.themes)
    expect(fr.learningObjectives).toEqual(before.learningObjectives)
    expect(fr.roles.map((r) => r.name)).toEqual(before.roles.map((r) => r.name))
    expect(fr.phases[0]!.title).toBe('Water everywhere')
    expect(fr.phases[0]!.situation).toBe(before.phases[0]!.situation)
    expect(fr.phases[0]!.injects[0]!.content).toBe(before.phases[0]!.injects[0]!.content)
    expect(fr.phases[1]!.title).toBe(before.phases[1]!.title)
    expect(await update({ scenarios: [theirs] })).toMatchObject({ updated: 0, keptBoth: 0, skipped: 1 })
  })

  it('takes an update that carries translations of its own as it is', async () => {
    const ours = core.store.read().methods.find((m) => m.id !== 'starter-name-story' && m.translations.ar)!
    const theirs = { ...ours, translations: { fr: ours.translations.fr! }, updatedAt: '2031-01-01T00:00:00.000Z' }
    await update({ methods: [theirs] })
    expect(core.store.read().methods.find((m) => m.id === ours.id)!.translations.ar).toBeUndefined()
  })
})
