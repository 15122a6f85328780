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

  it('adds nothing to a folder seeded with it', async () => {
    const store = await seeded()
    const before = structuredClone(store.read())
    expect(await addStarterTranslations(store, resourcesDir)).toBe(0)
    expect({ ...store.read(), starterTranslationsLoaded: false }).toEqual(before)
  })
})
