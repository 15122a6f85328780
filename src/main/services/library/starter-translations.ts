/**
 * The French and Arabic text of the starter content (methods, scenarios, the glossary's
 * Arabic) came after some data folders were seeded, and starter records are seeded once.
 * Such a folder gets the translations once, at the next start, only where the record is still
 * the starter's own text: field by field, a translation is added when the text it translates
 * is as shipped and the record has none for that field. A facilitator's edit is never
 * overwritten, nor hidden (an edited purpose keeps showing as written in every language), and
 * a deleted starter record stays deleted. `updatedAt` is kept: this is not the facilitator's
 * change (a bundle still sees the record as an unedited starter one).
 */
import { sameValue } from '@shared/edits'
import { saysSomething } from '@shared/in-language'
import type { Store } from '../../store/store'
import { readStarterGlossary } from '../glossary/glossary'
import { readStarterMethods } from '../methods/methods'
import { readStarterScenarios } from '../scenarios/scenarios'

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

/** Once per data folder: answers how many fields were given a translation. */
export async function addStarterTranslations(store: Store, resourcesDir: string): Promise<number> {
  if (store.read().starterTranslationsLoaded) return 0
  const [methods, scenarios, terms] = await Promise.all([
    readStarterMethods(resourcesDir),
    readStarterScenarios(resourcesDir),
    readStarterGlossary(resourcesDir),
  ])
  const byId = <T extends { key: string }>(list: T[]) => new Map(list.map((x) => [`starter-${x.key}`, x]))
  const shipped = { methods: byId(methods), scenarios: byId(scenarios), glossary: byId(terms) }
  return store.update((data) => {
    let added = 0
    const each = (records: Translated[], from: Map<string, unknown>, blank: () => Texts, languages: string[]) => {
      for (const r of records) {
        const s = from.get(r.id) as (Translated & Texts) | undefined
        if (s?.translations) added += addTranslations(r as Translated & Texts, s, blank, languages)
      }
    }
    const both = ['fr', 'ar']
    each(
      data.methods,
      shipped.methods,
      () => ({ purpose: '', materials: '', steps: [], tips: [], variations: [] }),
      both,
    )
    each(
      data.scenarios,
      shipped.scenarios,
      () => ({ title: '', setting: '', themes: [], learningObjectives: [] }),
      both,
    )
    // the glossary's French came with the starter library: a French translation missing now was removed by the facilitator
    each(data.glossary, shipped.glossary, () => ({ term: '', definition: '' }), ['ar'])
    data.starterTranslationsLoaded = true
    return added
  })
}
