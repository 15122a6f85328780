/**
 * A short passage around the first match, with the matched words marked as
 * parts (never HTML: the renderer shows plain text). Matching is on folded text;
 * the passage shown is the original.
 */
import type { SnippetPart } from '@shared/search-types'
import { escapeRegExp } from '@shared/text'
import { fold } from './text'

const RADIUS = 90

/** Folded text and, for each folded index, the original index. Folding rarely changes length: then the map is the identity. */
function foldWithMap(text: string, known?: string): { folded: string; map: (i: number) => number } {
  const whole = known ?? fold(text)
  if (whole.length === text.length) return { folded: whole, map: (i) => i }
  let folded = ''
  const map: number[] = []
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!)
    for (let k = 0; k < f.length; k++) map.push(i)
    folded += f
  }
  return { folded, map: (i) => map[i]! }
}

/** `folded`, when the caller has it, is fold() of the whitespace-collapsed text. */
export function makeSnippet(text: string, terms: string[], prefixLast: boolean, folded?: string): SnippetPart[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  const mapped = foldWithMap(clean, folded)
  if (!terms.length) return [{ text: clean.slice(0, 2 * RADIUS), match: false }]
  const ranges: [number, number][] = []
  terms.forEach((term, i) => {
    const tail = i === terms.length - 1 && prefixLast ? '' : '(?![\\p{L}\\p{N}])'
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}${tail}`, 'gu')
    for (const m of mapped.folded.matchAll(re)) {
      const start = mapped.map(m.index)
      const end = mapped.map(m.index + m[0].length - 1) + 1
      ranges.push([start, end])
    }
  })
  ranges.sort((a, b) => a[0] - b[0])
  const first = ranges[0]?.[0] ?? 0
  let from = Math.max(0, first - RADIUS)
  let to = Math.min(clean.length, first + RADIUS)
  if (from > 0) from = clean.indexOf(' ', from) + 1 || from
  if (to < clean.length) to = clean.lastIndexOf(' ', to) > first ? clean.lastIndexOf(' ', to) : to
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
