/** Which terms the glossary page lists: by the letter chosen in its index and the words searched. */
import type { GlossaryTerm } from '@shared/glossary'
import { fold } from '@shared/text'

export const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

/** The index letter a term is listed under (accents folded: "Échelle" under E). */
export const initial = (t: GlossaryTerm) => fold(t.term).charAt(0).toUpperCase()

/** Every word searched appears in the term, an alias, the definition or a translation of either. */
export function matches(t: GlossaryTerm, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean)
  const hay = fold(
    [
      t.term,
      ...t.aliases,
      t.definition,
      ...Object.values(t.translations).flatMap((x) => (x ? [x.term, x.definition] : [])),
    ].join(' '),
  )
  return words.every((w) => hay.includes(w))
}

export const shownTerms = (terms: GlossaryTerm[], letter: string | null, q: string) =>
  terms.filter((x) => (!letter || initial(x) === letter) && (!q || matches(x, q)))
