/**
 * The French and Arabic text of the starter content (methods, scenarios, the glossary's
 * Arabic) came after some data folders were seeded, and starter records are seeded once.
 * Such a folder gets the translations once, at the next start, only where the record is still
 * the starter's own text: field by field, a translation is added when the text it translates
 * is as shipped and the record has none for that field. A facilitator's edit is never
 * overwritten, nor hidden (an edited purpose keeps showing as written in every language), and
 * a deleted starter record stays deleted. `updatedAt` is kept: this is not the facilitator's
 * change (a bundle still sees the record as an unedited starter one).
 *
 * The starter scenarios' roles, phases and injects got their French and Arabic later still, so
 * a folder may have had the first step already: theirs is a second step with its own flag
 * (`starterRoleTranslationsLoaded`), by role, phase and inject id, on the same rule — a field's
 * translation is added when that item's text is as shipped and it has none.
 */
import { sameValue } from '@shared/edits'
import { saysSomething } from '@shared/in-language'
import { blankMethodTranslation } from '@shared/method'
import type { Store } from '../../store/store'
import { readStarterGlossary } from '../glossary/glossary'
import { readStarterMethods } from '../methods/methods'
import { readStarterScenarios } from '../scenarios/scenarios'
import {
  blankScenarioTranslation,
  injectFields,
  phaseFields,
  roleFields,
  scenarioLanguages,
  type Scenario,
} from '@shared/scenario'

type StarterScenario = Awaited<ReturnType<typeof readStarterScenarios>>[number]

type Texts = Record<string, unknown>
interface Translated {
  id: string
  translations: Partial<Record<string, Texts>>
}

/**
 * Adds to `record` the shipped translations of the fields whose written text is as shipped;
 * `blank` starts a language's translation. Answers how many fields it added.
 */
function addTranslations(
  record: Translated & Texts,
  shipped: Translated & Texts,
  blank: () => Texts,
  languages: string[],
): number {
  let added = 0
  for (const [language, texts] of Object.entries(shipped.translations)) {
    if (!languages.includes(language)) continue
    for (const [field, value] of Object.entries(texts ?? {})) {
      const mine = record.translations[language]
      if (!sameValue(record[field], shipped[field]) || saysSomething(mine?.[field]) || !saysSomething(value)) continue
      ;(record.translations[language] ??= blank())[field] = value
      added++
    }
  }
  return added
}

type Item = Texts & { id: string }
type ItemTexts = Record<string, Texts | undefined>
/** The record's translations of its items by id; made (and the levels above it) only when `make` */
type Mine = (make: boolean) => ItemTexts | undefined

/** Adds the shipped translations (`theirs`) of the items whose text is as shipped and that have none. */
function addItemTranslations(
  items: Item[],
  shippedItems: Item[],
  mine: Mine,
  theirs: ItemTexts | undefined,
  fields: readonly string[],
  inner?: (item: Item, shippedItem: Item, mineOfItem: (make: boolean) => Texts | undefined) => number,
): number {
  let added = 0
  for (const item of items) {
    const shippedItem = shippedItems.find((x) => x.id === item.id)
    if (!shippedItem) continue
    const mineOfItem = (make: boolean) => (make ? ((mine(true)![item.id] ??= {}) as Texts) : mine(false)?.[item.id])
    for (const field of fields) {
      const value = theirs?.[item.id]?.[field]
      if (
        !saysSomething(value) ||
        !sameValue(item[field], shippedItem[field]) ||
        saysSomething(mineOfItem(false)?.[field])
      )
        continue
      mineOfItem(true)![field] = value
      added++
    }
    if (inner) added += inner(item, shippedItem, mineOfItem)
  }
  return added
}

/** The shipped translations of a starter scenario's roles, phases and injects, where their text is as shipped. */
function addScenarioItemTranslations(record: Scenario, shipped: StarterScenario): number {
  let added = 0
  for (const language of scenarioLanguages) {
    const theirs = shipped.translations?.[language]
    if (!theirs) continue
    const translation = (make: boolean) =>
      make ? (record.translations[language] ??= blankScenarioTranslation()) : record.translations[language]
    const level =
      (key: 'roles' | 'phases'): Mine =>
      (make) =>
        (make ? (translation(true)![key] ??= {}) : translation(false)?.[key]) as ItemTexts | undefined
    added += addItemTranslations(
      record.roles as Item[],
      (shipped.roles ?? []) as Item[],
      level('roles'),
      theirs.roles as ItemTexts | undefined,
      roleFields,
    )
    added += addItemTranslations(
      record.phases as unknown as Item[],
      (shipped.phases ?? []) as unknown as Item[],
      level('phases'),
      theirs.phases as ItemTexts | undefined,
      phaseFields,
      (phase, shippedPhase, minePhase) =>
        addItemTranslations(
          phase.injects as Item[],
          shippedPhase.injects as Item[],
          (make) => (make ? (minePhase(true)!.injects ??= {}) : minePhase(false)?.injects) as ItemTexts | undefined,
          theirs.phases?.[phase.id]?.injects as ItemTexts | undefined,
          injectFields,
        ),
    )
  }
  return added
}

/** Once per data folder (each step once): answers how many fields were given a translation. */
export async function addStarterTranslations(store: Store, resourcesDir: string): Promise<number> {
  const { starterTranslationsLoaded, starterRoleTranslationsLoaded } = store.read()
  if (starterTranslationsLoaded && starterRoleTranslationsLoaded) return 0
  const [methods, scenarios, terms] = await Promise.all([
    readStarterMethods(resourcesDir),
    readStarterScenarios(resourcesDir),
    readStarterGlossary(resourcesDir),
  ])
  const byId = <T extends { key: string }>(list: T[]) => new Map(list.map((x) => [`starter-${x.key}`, x]))
  const shipped = { methods: byId(methods), scenarios: byId(scenarios), glossary: byId(terms) }
  return store.update((data) => {
    let added = 0
    if (!starterRoleTranslationsLoaded) {
      for (const r of data.scenarios) {
        const s = shipped.scenarios.get(r.id)
        if (s) added += addScenarioItemTranslations(r, s)
      }
      data.starterRoleTranslationsLoaded = true
    }
    if (starterTranslationsLoaded) return added
    const each = (records: Translated[], from: Map<string, unknown>, blank: () => Texts, languages: string[]) => {
      for (const r of records) {
        const s = from.get(r.id) as (Translated & Texts) | undefined
        if (s?.translations) added += addTranslations(r as Translated & Texts, s, blank, languages)
      }
    }
    const both = ['fr', 'ar']
    each(data.methods, shipped.methods, blankMethodTranslation, both)
    each(data.scenarios, shipped.scenarios, blankScenarioTranslation, both)
    // the glossary's French came with the starter library: a French translation missing now was removed by the facilitator
    each(data.glossary, shipped.glossary, () => ({ term: '', definition: '' }), ['ar'])
    data.starterTranslationsLoaded = true
    return added
  })
}
