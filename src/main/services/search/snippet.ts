/**
 * A short passage around the first match, with the matched words marked as
 * parts (never HTML: the renderer shows plain text). Matching is on folded text;
 * the passage shown is the original. Only the first match is looked for in the
 * whole page, the others only inside the passage: snippets are built for every
 * hit shown, so they must cost little more than an indexOf.
 */
import type { SnippetPart } from '@shared/search-types'
import { collapseSpace } from '@shared/text'
import { fold } from './text'

const RADIUS = 90
const WORD_CHAR = /[\p{L}\p{N}]/u

/** Folded text and, for each folded index, the original index. Folding rarely changes length: then the map is the identity. */
function foldWithMap(text: string, known?: string): { folded: string; map: (i: number) => number; identity: boolean } {
  const whole = known ?? fold(text)
  if (whole.length === text.length) return { folded: whole, map: (i) => i, identity: true }
  let folded = ''
  const map: number[] = []
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!)
    for (let k = 0; k < f.length; k++) map.push(i)
    folded += f
  }
  map.push(text.length)
  return { folded, map: (i) => map[i]!, identity: false }
}

const isWordChar = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!)

/** Index of the first occurrence of `term` at or after `from` that starts a word (and ends one, unless a prefix), or -1. */
function findWord(folded: string, term: string, from: number, prefix: boolean): number {
  for (let i = folded.indexOf(term, from); i !== -1; i = folded.indexOf(term, i + 1)) {
    if (isWordChar(folded, i - 1)) continue
    if (!prefix && isWordChar(folded, i + term.length)) continue
    return i
  }
  return -1
}

/** `folded`, when the caller has it, is fold() of `text`, which is then already whitespace-collapsed. */
export function makeSnippet(text: string, terms: string[], prefixLast: boolean, folded?: string): SnippetPart[] {
  const clean = folded === undefined ? collapseSpace(text) : text
  if (!terms.length) return [{ text: clean.slice(0, 2 * RADIUS), match: false }]
  const mapped = foldWithMap(clean, folded)
  const isPrefix = (i: number) => prefixLast && i === terms.length - 1
  const firsts = terms.map((term, i) => findWord(mapped.folded, term, 0, isPrefix(i))).filter((i) => i >= 0)
  const first = firsts.length ? mapped.map(Math.min(...firsts)) : 0
  let from = Math.max(0, first - RADIUS)
  let to = Math.min(clean.length, first + RADIUS)
  if (from > 0) from = clean.indexOf(' ', from) + 1 || from
  if (to < clean.length) to = clean.lastIndexOf(' ', to) > first ? clean.lastIndexOf(' ', to) : to
  const ranges: [number, number][] = []
  terms.forEach((term, t) => {
    const start = mapped.identity ? Math.max(0, from - 1) : 0
    for (let i = findWord(mapped.folded, term, start, isPrefix(t)); i !== -1;) {
      const at = mapped.map(i)
      if (at >= to) break
      ranges.push([at, mapped.map(i + term.length)])
      i = findWord(mapped.folded, term, i + term.length, isPrefix(t))
    }
  })
  ranges.sort((a, b) => a[0] - b[0])
  const parts: SnippetPart[] = []
  let cursor = from
  for (const [s, e] of ranges) {
    if (s < cursor || s >= to) continue
    if (s > cursor) parts.push({ text: clean.slice(cursor, s), match: false })
    parts.push({ text: clean.slice(s, Math.min(e, to)), match: true })
    cursor = Math.min(e, to)
  }
  if (cursor < to) parts.push({ text: clean.slice(cursor, to), match: false })
  if (from > 0) parts.unshift({ text: '… ', match: false })
  if (to < clean.length) parts.push({ text: ' …', match: false })
  return parts
}
