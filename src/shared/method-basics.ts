/**
 * A method's categories, its other languages, a blank one, its title in a language, whether it
 * fits a group and its words, without the method's schemas (method.ts): the palette and the methods list use
 * them before any schema is needed.
 */
import type { Method, MethodFields } from './method'

export const methodCategories = ['opener', 'small-group', 'plenary', 'simulation', 'debrief', 'evaluation'] as const
export type MethodCategory = (typeof methodCategories)[number]

/** The interface languages a method's text may be given in besides the one it is written in. */
export const methodLanguages = ['fr', 'ar'] as const
export type MethodLanguage = (typeof methodLanguages)[number]

/** A new method: a name and a category, every section still to be written. */
export const blankMethod = (name: string, category: MethodCategory = 'small-group'): MethodFields => ({
  name,
  category,
  aliases: [],
  titles: {},
  purpose: '',
  groupMin: 2,
  groupMax: null,
  timeMin: 15,
  timeMax: 30,
  materials: '',
  steps: [],
  tips: [],
  variations: [],
  translations: {},
})

/** Its name in the interface language when it has one there. */
export const methodTitle = (m: Pick<Method, 'name' | 'titles'>, language: string): string =>
  (m.titles as Partial<Record<string, string>>)[language]?.trim() || m.name

/** Whether a group of `n` people can run it. */
export const fitsGroup = (m: Pick<Method, 'groupMin' | 'groupMax'>, n: number): boolean =>
  n >= m.groupMin && (m.groupMax === null || n <= m.groupMax)

/** All its words, for a text filter and the search index: names first, its translations last. */
export const methodText = (m: MethodFields): string =>
  [
    m.name,
    ...m.aliases,
    ...Object.values(m.titles),
    m.purpose,
    m.materials,
    ...m.steps,
    ...m.tips,
    ...m.variations,
    ...Object.values(m.translations).flatMap((tr) =>
      tr ? [tr.purpose, tr.materials, ...tr.steps, ...tr.tips, ...tr.variations] : [],
    ),
  ].join(' ')
