/**
 * The ways one participant's name is written, as regular-expression sources over folded
 * text (fold-map.ts). From "Jean-Pierre Mbala Nkanga": the whole name; every run of two
 * or more of its parts in order ("Mbala Nkanga"); surname first, with or without a comma
 * ("MBALA NKANGA, Jean-Pierre"); initials before the rest ("J.-P. Mbala"); each part
 * alone; and each part of a hyphenated part alone when it has three letters or more
 * ("Jean", "Pierre"; not the "al" of "al-Hassan": two-letter pieces of a hyphenated name
 * are articles and particles far more often than names). A whitespace-separated part of
 * two letters ("Li", "Ba", "Sy") is a name of its own and is matched alone.
 * Between parts: any whitespace or line break, or a hyphen; inside a part, its hyphen may
 * be a space or nothing and its apostrophe may be missing ("Ndiaye" for "N'Diaye").
 * Arabic: a part starting with ال also after the prepositions that contract it (لل),
 * and an inner ال may follow a space or not ("عبدالرحمن", "عبد الرحمن").
 */
import { escapeRegExp } from '@shared/text'
import { foldWord } from './fold-map'
import { binding, particles, titles } from './titles'

const arabic = /^[\u0600-\u06ff]/u
const withArticle = (t: string) => arabic.test(t) && t.startsWith('ال') && t.length > 3

export function partSource(token: string): string {
  const body = withArticle(token) ? token.slice(2) : token
  let source = [...body].map((c) => (c === '-' ? '[\\s-]*' : c === "'" ? "'?\\s*" : escapeRegExp(c))).join('')
  if (arabic.test(token)) source = source.replace(/(?<=^..+?)ال/u, '\\s*ال')
  return withArticle(token) ? `(?:ال|(?<=ل)ل)${source}` : source
}

const joined = (tokens: string[]) =>
  tokens.map((t, i) => (i === 0 ? '' : withArticle(t) ? '[\\s-]*' : '[\\s-]+') + partSource(t)).join('')

const initials = (tokens: string[]) =>
  tokens
    .filter((t) => /^\p{Script=Latin}/u.test(t) && !particles.has(t))
    .map((t) =>
      t
        .split('-')
        .map((p) => `${escapeRegExp(p[0]!)}\\.`)
        .join('\\s*-?\\s*'),
    )
    .join('\\s*')

export function nameTokens(name: string): string[] {
  const tokens = foldWord(name)
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .split(' ')
    .map((t) => t.replace(/^[-']+|[-']+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
  while (tokens.length && titles.has(tokens[0]!)) tokens.shift()
  return tokens
}

export function nameForms(name: string): string[] {
  const tokens = nameTokens(name)
  const bound = (i: number) => i > 0 && binding.has(tokens[i - 1]!)
  const forms: string[] = []
  const n = tokens.length
  for (let a = 0; a < n; a++)
    for (let b = a + 2; b <= n; b++)
      if (!bound(a) && !particles.has(tokens[b - 1]!)) forms.push(joined(tokens.slice(a, b)))
  for (let k = 1; k < n; k++) {
    const [head, tail] = [tokens.slice(0, k), tokens.slice(k)]
    if (bound(k) || particles.has(tokens[k - 1]!)) continue
    forms.push(`${joined(tail)}\\s*,?\\s+${joined(head)}`)
    if (initials(head)) forms.push(`${initials(head)}\\s*${joined(tail)}`)
  }
  tokens.forEach((t, i) => {
    if (particles.has(t) || bound(i) || [...t.replace(/[-']/g, '')].length < 2) return
    forms.push(partSource(t))
    const pieces = t.split('-')
    if (pieces.length > 1)
      pieces.forEach((p, j) => {
        if (p.length >= 3 && !particles.has(p) && !(j > 0 && binding.has(pieces[j - 1]!))) forms.push(partSource(p))
      })
  })
  return forms
}
