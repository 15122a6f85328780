/**
 * The page index: whole words (chosen by measurement: see bench/README.md) plus a
 * sorted vocabulary for as-you-type prefixes. The prefix of the last word is
 * expanded to the vocabulary words it starts, so "coord" finds "coordination".
 *
 * Two parts: the settled segment loaded from disk (segment.ts, postings in typed
 * arrays) and a FlexSearch index of the pages added since, which stores postings
 * the same way (by position slot). Pages removed from the segment are only marked
 * gone until the next save merges both parts into a new segment. The words are
 * intersected by our own code (intersect.ts), each word looked up in both parts.
 */
import FlexSearch from 'flexsearch'
import { words } from './text'
import { Intersector, type Group, type Postings } from './intersect'
import { mergeSegment, Segment } from './segment'

const { Index } = FlexSearch
/** How many completions of a prefix are searched: the word itself if it is one, then the most frequent. */
const MAX_EXPANSIONS = 4

const newIndex = () => new Index({ tokenize: 'strict', resolution: 9, cache: false, encoder: 'Exact' })

export interface TermIndexDump {
  /** The segment's words, in the order of `postings`. */
  words: readonly string[]
  postings: Uint32Array
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
  private settled = Segment.empty()
  private recent = newIndex()
  private gone = new Set<number>()
  private vocab = new Map<string, number>()
  private sorted: string[] | null = []
  private readonly intersector = new Intersector()

  add(id: number, text: string): void {
    const ws = words(text)
    if (!ws.length) return
    for (const w of new Set(ws)) this.vocab.set(w, (this.vocab.get(w) ?? 0) + 1)
    this.sorted = null
    this.recent.add(id, ws.join(' '))
  }

  /**
   * Ids are never reused, so a removed page is only marked gone: FlexSearch's own remove
   * walks its whole map for each id (26 s for the 2,479 pages of one import, measured), while
   * the next save drops gone pages from both parts anyway.
   */
  remove(id: number): void {
    this.gone.add(id)
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

  /** The word's postings by position slot in the recent part, read from FlexSearch's own map. */
  private recentPostings(word: string): Postings {
    return (this.recent as unknown as { map: Map<string, Postings> }).map.get(word) ?? []
  }

  /** Both parts of a word: any of them counts, as completions of a prefix do. */
  private word(word: string): Postings[] {
    return [this.settled.postings(word), this.recentPostings(word)]
  }

  /** Ids holding every term (the last one as a prefix when asked), best first. */
  search(terms: string[], prefixLast: boolean, limit: number): number[] {
    const fixed = prefixLast ? terms.slice(0, -1) : terms
    const completions = prefixLast && terms.length ? this.expand(terms.at(-1)!) : []
    if (prefixLast ? !completions.length : !fixed.length) return []
    const groups: Group[] = [...new Set(fixed)].map((w) => this.word(w))
    if (completions.length) groups.push(completions.flatMap((w) => this.word(w)))
    return this.intersector.run(groups, limit, this.gone)
  }

  /**
   * Both parts merged into one segment, which then becomes the settled part (so the
   * running app also drops the FlexSearch postings): synchronous, so no page can be
   * added between the merge and the swap.
   */
  async dump(): Promise<TermIndexDump> {
    const gone = this.gone
    const merged = mergeSegment(
      this.vocabulary(),
      [(w) => this.settled.postings(w), (w) => this.recentPostings(w)],
      (id) => !gone.has(id),
    )
    this.settled = merged
    this.recent = newIndex()
    this.gone = new Set()
    return {
      words: merged.words,
      postings: merged.data,
      vocabulary: this.vocabulary().map((w) => [w, this.vocab.get(w)!]),
    }
  }

  /** null when the postings do not read back as a segment of these words. */
  static restore(dump: TermIndexDump): TermIndex | null {
    const segment = Segment.open(dump.postings, dump.words)
    if (!segment) return null
    const t = new TermIndex()
    t.settled = segment
    t.vocab = new Map(dump.vocabulary)
    t.sorted = dump.vocabulary.map(([w]) => w)
    return t
  }
}
