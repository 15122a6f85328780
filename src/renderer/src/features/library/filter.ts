/**
 * Sorting and filtering the library list, as a pure function the view and the
 * tests share. Filters combine (AND); an empty filter means "any".
 */
import type { Resource } from '@shared/model'
import { fold } from '@shared/text'

export type SortKey = 'title' | 'year' | 'kind' | 'added'

export interface LibraryQuery {
  text: string
  kind: string
  language: string
  region: string
  year: string
  tag: string
  sort: SortKey
}

export const emptyQuery: LibraryQuery = {
  text: '',
  kind: '',
  language: '',
  region: '',
  year: '',
  tag: '',
  sort: 'title',
}

// One collator each, made once: localeCompare with options builds a collator per call, and the
// library's first screen sorts with these before anything is drawn.
const byText = new Intl.Collator().compare
const byNumbersInText = new Intl.Collator(undefined, { numeric: true }).compare
const byTitle = (a: Resource, b: Resource) => byText(a.title, b.title)
/** ISO timestamps sort as plain strings; a collator would weigh them as words, slower and for nothing */
const byIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const comparators: Record<SortKey, (a: Resource, b: Resource) => number> = {
  title: byTitle,
  year: (a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || byTitle(a, b),
  kind: (a, b) => byText(a.kind, b.kind) || byTitle(a, b),
  added: (a, b) => byIso(b.createdAt, a.createdAt) || byTitle(a, b),
}

export function applyQuery(resources: readonly Resource[], q: LibraryQuery): Resource[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean)
  return resources
    .filter((r) => {
      if (q.kind && r.kind !== q.kind) return false
      if (q.language && r.language !== q.language) return false
      if (q.region && r.region !== q.region) return false
      if (q.year && String(r.year ?? '') !== q.year) return false
      if (q.tag && !r.tags.includes(q.tag)) return false
      if (!words.length) return true
      const haystack = fold([r.title, r.authors.join(' '), r.publisher, r.tags.join(' '), r.summary].join(' '))
      return words.every((w) => haystack.includes(w))
    })
    .sort(comparators[q.sort])
}

/** The values present in the library for one field, for the filter menus. */
export function facetValues(
  resources: readonly Resource[],
  pick: (r: Resource) => (string | number | null)[],
): string[] {
  const values = new Set<string>()
  for (const r of resources) for (const v of pick(r)) if (v !== null && v !== '') values.add(String(v))
  return [...values].sort(byNumbersInText)
}
