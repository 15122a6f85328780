import { describe, expect, it } from 'vitest'
import { definitionIn } from '@shared/glossary'
import { inLanguage } from '@shared/in-language'
import { scenarioIn } from '@shared/scenario'
import { memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir } from '../../testing/temp-dir'
import { seedGlossary } from '../glossary/glossary'
import { seedMethods } from '../methods/methods'
import { seedScenarios } from '../scenarios/scenarios'
import { addStarterTranslations } from './starter-translations'

const arabic = /\p{Script=Arabic}/u

async function seeded() {
  const { store, clock } = memoryHandlerDeps()
  await seedGlossary(store, resourcesDir, clock)
  await seedScenarios(store, resourcesDir, clock)
  await seedMethods(store, resourcesDir, clock)
  return store
}

describe('the starter content in French and Arabic', () => {
  it('shows in a new data folder: every method, scenario title and glossary definition in Arabic, field by field', async () => {
    const data = (await seeded()).read()
    expect(data.methods.length).toBeGreaterThanOrEqual(30)
    for (const m of data.methods) {
      expect(inLanguage(m, 'purpose', 'ar').value, m.name).toMatch(arabic)
      for (const list of ['steps', 'tips', 'variations'] as const)
        for (const line of inLanguage(m, list, 'ar').value) expect(line, m.name).toMatch(arabic)
      expect(inLanguage(m, 'purpose', 'fr').lang, m.name).toBe('fr')
      expect(inLanguage(m, 'purpose', 'en').value, m.name).toBe(m.purpose)
    }
    for (const s of data.scenarios) {
      expect(scenarioIn(s, 'ar').title, s.title).toMatch(arabic)
      expect(scenarioIn(s, 'fr').title, s.title).not.toBe(s.title)
      const ar = scenarioIn(s, 'ar')
      for (const r of ar.roles) expect(r.publicBrief, s.title).toMatch(arabic)
      for (const p of ar.phases) {
        expect(p.situation, s.title).toMatch(arabic)
        for (const i of p.injects) expect(i.content, s.title).toMatch(arabic)
      }
    }
    for (const t of data.glossary) expect(definitionIn(t, 'ar').text, t.term).toMatch(arabic)
  })

  it('is added once to a data folder seeded before it, where the text is still the starter’s own', async () => {
    const store = await seeded()
    const stamp = '2025-01-01T00:00:00.000Z'
    // a folder seeded by an earlier version: no method or scenario translations, no Arabic glossary;
    // then the facilitator's own changes
    await store.update((data) => {
      for (const m of data.methods) m.translations = {}
      for (const s of data.scenarios) s.translations = {}
      for (const t of data.glossary) delete t.translations.ar
      for (const r of [...data.methods, ...data.scenarios, ...data.glossary]) r.createdAt = r.updatedAt = stamp
      const fishbowl = data.methods.find((m) => m.id === 'starter-fishbowl')!
      fishbowl.purpose = 'Our own way of running it.'
      fishbowl.updatedAt = '2025-02-01T00:00:00.000Z'
      data.methods.find((m) => m.id === 'starter-jigsaw')!.translations.fr = {
        ...{ purpose: 'Notre texte à nous.', materials: '' },
        ...{ steps: [], tips: [], variations: [] },
      }
      data.methods = data.methods.filter((m) => m.id !== 'starter-orid')
      data.scenarios.find((s) => s.id === 'starter-flood')!.title = 'Floods in Mopti'
      data.glossary.find((t) => t.id === 'starter-t21')!.definition = 'First, check what could go wrong.'
      // the facilitator removed a term's French translation (the French came with the starter library)
      delete data.glossary.find((t) => t.id === 'starter-t02')!.translations.fr
    })
    const before = store.read()

    expect(await addStarterTranslations(store, resourcesDir)).toBeGreaterThan(400)
    const after = store.read()
    const method = (id: string) => after.methods.find((m) => m.id === id)!
    // untouched: every field in both languages, and still an unedited starter record
    const cafe = method('starter-world-cafe')
    expect(cafe.translations.ar?.steps.length).toBe(cafe.steps.length)
    expect(cafe.translations.fr?.purpose).toMatch(/grand groupe/)
    expect(cafe.updatedAt).toBe(stamp)
    // an edited purpose keeps showing as written; the fields the facilitator left alone are translated
    const fishbowl = method('starter-fishbowl')
    expect(inLanguage(fishbowl, 'purpose', 'fr').value).toBe('Our own way of running it.')
    expect(inLanguage(fishbowl, 'steps', 'fr').lang).toBe('fr')
    // a translation already written stays; the empty fields beside it are filled
    expect(method('starter-jigsaw').translations.fr?.purpose).toBe('Notre texte à nous.')
    expect(method('starter-jigsaw').translations.fr?.steps.length).toBeGreaterThan(0)
    // deleted stays deleted
    expect(after.methods.some((m) => m.id === 'starter-orid')).toBe(false)
    expect(after.methods.length).toBe(before.methods.length)

    const flood = after.scenarios.find((s) => s.id === 'starter-flood')!
    expect(scenarioIn(flood, 'ar').title).toBe('Floods in Mopti')
    expect(scenarioIn(flood, 'ar').setting).toMatch(arabic)

    const doNoHarm = after.glossary.find((t) => t.id === 'starter-t21')!
    expect(doNoHarm.translations.ar?.term).toBe('عدم الإضرار')
    expect(definitionIn(doNoHarm, 'ar').text).toBe('First, check what could go wrong.')
    expect(doNoHarm.translations.fr).toEqual(before.glossary.find((t) => t.id === 'starter-t21')!.translations.fr)
    expect(
      definitionIn(
        after.glossary.find((t) => t.id === 'starter-t01')!,
        'ar',
      ).text,
    ).toMatch(arabic)

    const removed = after.glossary.find((t) => t.id === 'starter-t02')!
    expect(removed.translations.fr).toBeUndefined()
    expect(removed.translations.ar?.definition).toMatch(arabic)

    // once: what the facilitator does next is theirs
    await store.update((data) => {
      data.methods.find((m) => m.id === 'starter-world-cafe')!.translations = {}
    })
    expect(await addStarterTranslations(store, resourcesDir)).toBe(0)
    expect(store.read().methods.find((m) => m.id === 'starter-world-cafe')!.translations).toEqual({})
  })

  it('adds the roles’, phases’ and injects’ translations once to a folder that already had the first ones, edits kept', async () => {
    const store = await seeded()
    const stamp = '2025-01-01T00:00:00.000Z'
    // a folder opened by the build before roles and phases were translated: the first step done
    await store.update((data) => {
      for (const s of data.scenarios) {
        for (const tr of Object.values(s.translations)) {
          delete tr.roles
          delete tr.phases
        }
        s.createdAt = s.updatedAt = stamp
      }
      data.starterTranslationsLoaded = true
      data.starterRoleTranslationsLoaded = false
      const flood = data.scenarios.find((s) => s.id === 'starter-flood')!
      flood.roles[0]!.name = 'Prefect'
      flood.phases[1]!.situation = 'Three villages are cut off.'
      flood.phases[0]!.injects[0]!.content = 'Shelter 2 is full.'
      flood.translations.fr!.roles = { r2: { publicBrief: 'Notre texte à nous.' } }
      data.scenarios = data.scenarios.filter((s) => s.id !== 'starter-election')
      // the facilitator's own record with a starter id is not ours to translate: none here
    })
    const before = store.read()
    // methods untouched by this step (their step has run)
    const methodsBefore = structuredClone(before.methods)

    expect(await addStarterTranslations(store, resourcesDir)).toBeGreaterThan(100)
    const after = store.read()
    expect(after.starterRoleTranslationsLoaded).toBe(true)
    expect(after.methods).toEqual(methodsBefore)
    expect(after.scenarios.map((s) => s.id)).toEqual(before.scenarios.map((s) => s.id))
    const flood = after.scenarios.find((s) => s.id === 'starter-flood')!
    expect(flood.updatedAt).toBe(stamp)
    for (const lang of ['fr', 'ar'] as const) {
      const shown = scenarioIn(flood, lang)
      // edited text shows as written; the fields beside it are translated
      expect(shown.roles[0]!.name).toBe('Prefect')
      expect(shown.roles[0]!.publicBrief).not.toBe(flood.roles[0]!.publicBrief)
      expect(shown.phases[1]!.situation).toBe('Three villages are cut off.')
      expect(shown.phases[1]!.title).not.toBe(flood.phases[1]!.title)
      expect(shown.phases[0]!.injects[0]!.content).toBe('Shelter 2 is full.')
      expect(shown.phases[0]!.injects[0]!.facilitatorNote).not.toBe(flood.phases[0]!.injects[0]!.facilitatorNote)
      expect(shown.phases[2]!.injects[1]!.content).not.toBe(flood.phases[2]!.injects[1]!.content)
    }
    expect(scenarioIn(flood, 'ar').phases[0]!.title).toMatch(arabic)
    // a translation already written stays
    expect(flood.translations.fr!.roles!.r2!.publicBrief).toBe('Notre texte à nous.')
    expect(flood.translations.fr!.roles!.r2!.name).toBeTruthy()
    // the scenario's first words kept as they were
    expect(flood.translations.ar!.title).toBe(
      before.scenarios.find((s) => s.id === 'starter-flood')!.translations.ar!.title,
    )
    expect(after.scenarios.some((s) => s.id === 'starter-election')).toBe(false)

    // once
    await store.update((data) => {
      for (const tr of Object.values(data.scenarios.find((s) => s.id === 'starter-return')!.translations))
        delete tr.roles
    })
    expect(await addStarterTranslations(store, resourcesDir)).toBe(0)
    const ret = store.read().scenarios.find((s) => s.id === 'starter-return')!
    expect(ret.translations.ar!.roles).toBeUndefined()
  })

  it('adds nothing to a folder seeded with it', async () => {
    const store = await seeded()
    const before = structuredClone(store.read())
    expect(await addStarterTranslations(store, resourcesDir)).toBe(0)
    expect({ ...store.read(), starterTranslationsLoaded: false, starterRoleTranslationsLoaded: false }).toEqual(before)
  })
})
