/** Which methods the list shows: a category, a group size, the time there is, and words. */
import type { Method } from '@shared/method'
import { fitsGroup, methodText, type MethodCategory } from '@shared/method-basics'
import { fold } from '@shared/text'

export interface MethodFilter {
  category: MethodCategory | 'all'
  /** how many people there are; null: any */
  people: number | null
  /** the most minutes there are; null: any */
  minutes: number | null
  words: string
}

export const noFilter: MethodFilter = { category: 'all', people: null, minutes: null, words: '' }

export function shownMethods(methods: readonly Method[], f: MethodFilter): Method[] {
  const words = fold(f.words).split(/\s+/).filter(Boolean)
  return methods.filter(
    (m) =>
      (f.category === 'all' || m.category === f.category) &&
      (f.people === null || fitsGroup(m, f.people)) &&
      (f.minutes === null || m.timeMin <= f.minutes) &&
      (!words.length || words.every((w) => fold(methodText(m)).includes(w))),
  )
}
