/**
 * A FlexSearch index of whole words (chosen by measurement: see bench/README.md)
 * plus a sorted vocabulary for as-you-type prefixes. Whole-word tokens keep the
 * index small on disk and fast to load; the prefix of the last word is expanded
 * to the vocabulary words it starts, so "coord" finds "coordination".
 */
import FlexSearch from 'flexsearch'
import { words } from './text'

const { Index } = FlexSearch
const MAX_EXPANSIONS = 16

const newIndex = () => new Index({ tokenize: 'strict', resolution: 9, cache: false, encoder: 'Exact' })

export interface TermIndexDump {
  chunks: [string, string][]
  vocabulary: string[]
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
  private vocab = new Set<string>()
  private sorted: string[] | null = []

  add(id: number, text: string): void {
    const ws = words(text)
    if (!ws.length) return
    for (const w of ws) if (!this.vocab.has(w)) this.vocab.add(w)
    this.sorted = null
    this.index.add(id, ws.join(' '))
  }

  remove(id: number): void {
    this.index.remove(id)
  }

  private vocabulary(): string[] {
    this.sorted ??= [...this.vocab].sort()
    return this.sorted
  }

  expand(prefix: string): string[] {
    const sorted = this.vocabulary()
    const out: string[] = []
    for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < MAX_EXPANSIONS; i++) {
      if (!sorted[i]!.startsWith(prefix)) break
      out.push(sorted[i]!)
    }
    return out
  }

  /** Ids holding every term (the last one as a prefix when asked), best first. */
  search(terms: string[], prefixLast: boolean, limit: number): number[] {
    if (!terms.length) return []
    const fixed = prefixLast ? terms.slice(0, -1) : terms
    const variants = prefixLast ? this.expand(terms.at(-1)!) : [null]
    const seen = new Set<number>()
    const out: number[] = []
    for (const variant of variants) {
      const query = [...fixed, ...(variant ? [variant] : [])].join(' ')
      for (const id of this.index.search(query, { limit }) as number[]) {
        if (seen.has(id)) continue
        seen.add(id)
        out.push(id)
      }
      if (out.length >= limit) break
    }
    return out
  }

  async dump(): Promise<TermIndexDump> {
    const chunks: [string, string][] = []
    await this.index.export((key: string, data: string) => void chunks.push([key, data]))
    return { chunks, vocabulary: this.vocabulary() }
  }

  static restore(dump: TermIndexDump): TermIndex {
    const t = new TermIndex()
    for (const [key, data] of dump.chunks) t.index.import(key, data)
    t.vocab = new Set(dump.vocabulary)
    t.sorted = dump.vocabulary
    return t
  }
}
