/**
 * Participants' names out of a text, for exports with names left out. Every way a name
 * is written (name-forms.ts), after any titles or ranks (titles.ts), is found in the
 * folded text in one pass, longest form first, and replaced in the text as written
 * (fold-map.ts). What is around a name stays: "Amina's" becomes "[participant]'s",
 * "d’Amina" "d’[participant]", "والخطيب" "و[participant]". Everyday words that are
 * also names are replaced alone only when capitalised (common-words.ts); so are the titles
 * "Me", "Miss", "Private", "Justice" and "Warrant", which are also ordinary words.
 */
import type { NameReplacement } from '@shared/names-preview'
import type { Participant, Workshop } from '@shared/workshop'
import { commonWords } from './common-words'
import { foldWithMap, originalSpan } from './fold-map'
import { nameForms, partSource } from './name-forms'
import { dottedTitles, titles } from './titles'

export const PLACEHOLDER = '[participant]'

const capitalOnlyTitles = new Set(['me', 'miss', 'private', 'justice', 'warrant'])
const bySize = (a: string, b: string) => b.length - a.length

function namePattern(names: string[]): RegExp | null {
  const forms = [...new Set(names.flatMap(nameForms))].sort(bySize)
  if (!forms.length) return null
  const long = [...titles]
    .filter((t) => !dottedTitles.includes(t))
    .sort(bySize)
    .map(partSource)
  const title = `(?:(?:${long.join('|')})\\.?|(?:${dottedTitles.join('|')})\\.)(?:\\s*-\\s*|\\s+|(?<=\\.))`
  return new RegExp(
    `(?<![\\p{L}\\p{N}])[وف]?[بلك]?(?<title>(?:${title}){0,3})(?<name>${forms.join('|')})(?![\\p{L}\\p{N}])`,
    'gdu',
  )
}

const capitalised = (original: string, at: number) => /\p{Lu}/u.test(String.fromCodePoint(original.codePointAt(at)!))

export function nameFinder(people: Pick<Participant, 'name'>[]): (text: string) => NameReplacement[] {
  const pattern = namePattern(people.map((p) => p.name))
  return (text) => (pattern ? findWith(pattern, text) : [])
}

function findWith(pattern: RegExp, text: string): NameReplacement[] {
  const folded = foldWithMap(text)
  const found: NameReplacement[] = []
  for (const m of folded.text.matchAll(pattern)) {
    const [nameStart, nameEnd] = m.indices!.groups!.name!
    let start = m.groups!.title ? m.indices!.groups!.title![0] : nameStart
    const firstTitle = m.groups!.title?.match(/^[^\s.-]+/u)?.[0]
    if (firstTitle && capitalOnlyTitles.has(firstTitle) && !capitalised(text, folded.from[start]!)) start = nameStart
    const name = m.groups!.name!
    const alone = start === nameStart && (commonWords.has(name) || titles.has(name))
    if (alone && !capitalised(text, folded.from[nameStart]!)) continue
    const [from, to] = originalSpan(folded, text, start, nameEnd)
    found.push({ start: from, end: to, original: text.slice(from, to) })
  }
  return found
}

export function applyReplacements(text: string, found: NameReplacement[]): string {
  let out = ''
  let at = 0
  for (const r of found) {
    out += text.slice(at, r.start) + PLACEHOLDER
    at = r.end
  }
  return out + text.slice(at)
}

export const redactNames = (text: string, w: Pick<Workshop, 'participants'>): string =>
  applyReplacements(text, nameFinder(w.participants)(text))

/** The workshop's own rule for its exports: its participants' names out when the facilitator leaves them out. */
export function namesOut(w: Pick<Workshop, 'participants' | 'report'>): (text: string) => string {
  if (!w.report.excludeNames) return (text) => text
  const find = nameFinder(w.participants)
  return (text) => applyReplacements(text, find(text))
}
