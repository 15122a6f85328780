/**
 * A FlexSearch index of whole words (chosen by measurement: see bench/README.md)
 * plus a sorted vocabulary for as-you-type prefixes. Whole-word tokens keep the
 * index small on disk and fast to load; the prefix of the last word is expanded
 * to the vocabulary words it starts, so "coord" finds "coordination". FlexSearch
 * stores and persists the postings; the words are intersected by our own code
 * (intersect.ts), the completions of the last word counting as one.
 */
import FlexSearch from 'flexsearch'
import { words } from './text'
import { Intersector, type Group, type Postings } from './intersect'

const { Index } = FlexSearch
/** How many completions of a prefix are searched: the word itself if it is one, then the most frequent. */
const MAX_EXPANSIONS = 4

const newIndex = () => new Index({ tokenize: 'strict', resolution: 9, cache: false, encoder: 'Exact' })

export interface TermIndexDump {
  chunks: [string, string][]
  /** [word, how many pages use it], sorted by word */
  vocabulary: [string, number][]
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

export class TermIndex {
  private index = newIndex()
  private vocab = new Map<string, number>()
  private sorted: string[] | null = []
  private readonly intersector = new Intersector()

  add(id: number, text: string): void {
    const ws = words(text)
    if (!ws.length) return
    for (const w of new Set(ws)) this.vocab.set(w, (this.vocab.get(w) ?? 0) + 1)
    this.sorted = null
    this.index.add(id, ws.join(' '))
  }

  remove(id: number): void {
    this.index.remove(id)
  }

  private vocabulary(): string[] {
    this.sorted ??= [...this.vocab.keys()].sort()
    return this.sorted
  }

  expand(prefix: string): string[] {
    const sorted = this.vocabulary()
    const matches: string[] = []
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      matches.push(sorted[i]!)
    }
    const count = (w: string) => (w === prefix ? Infinity : (this.vocab.get(w) ?? 0))
    return matches.sort((a, b) => count(b) - count(a)).slice(0, MAX_EXPANSIONS)
  }

  /** The word's postings by position slot, read from FlexSearch's own map (see intersect.ts). */
  private postings(word: string): Postings {
    return (this.index as unknown as { map: Map<string, Postings> }).map.get(word) ?? []
  }

  /** Ids holding every term (the last one as a prefix when asked), best first. */
  search(terms: string[], prefixLast: boolean, limit: number): number[] {
    const fixed = prefixLast ? terms.slice(0, -1) : terms
    const completions = prefixLast && terms.length ? this.expand(terms.at(-1)!) : []
    if (prefixLast ? !completions.length : !fixed.length) return []
    const groups: Group[] = [...new Set(fixed)].map((word) => [this.postings(word)])
    if (completions.length) groups.push(completions.map((word) => this.postings(word)))
    return this.intersector.run(groups, limit)
  }

  async dump(): Promise<TermIndexDump> {
    const chunks: [string, string][] = []
    await this.index.export((key: string, data: string) => void chunks.push([key, data]))
    return { chunks, vocabulary: this.vocabulary().map((w) => [w, this.vocab.get(w)!]) }
  }

  static restore(dump: TermIndexDump): TermIndex {
    const t = new TermIndex()
    for (const [key, data] of dump.chunks) t.index.import(key, data)
    t.vocab = new Map(dump.vocabulary)
    t.sorted = dump.vocabulary.map(([w]) => w)
    return t
  }
}
