/**
 * The AND of a query's words over the page index, done over typed arrays.
 * FlexSearch's own intersection counts every posting of every word in a plain object
 * keyed by page id and builds nested score arrays as it goes: at 25× the corpus
 * (100,000 pages) a query of three common words spent 30–100 ms there, most of it
 * allocating. Here the rarest word is walked first and is the only one that adds
 * candidates; every other word only advances pages already in the running, so the
 * work is one typed-array read per posting and nothing is allocated per posting.
 *
 * A word's postings come in position slots (FlexSearch's "resolution": slot 0 holds
 * the pages where the word comes earliest); a page ranks by its worst slot over the
 * query's words, as FlexSearch ranks an intersection, earlier pages first on ties.
 */

/** slots[y]: the ids of the pages whose use of the word falls in position slot y. */
export type Postings = readonly (ArrayLike<number> | null | undefined)[]

/** One word of the query, or every completion of the word still being typed (any of them counts). */
export type Group = readonly Postings[]

const size = (group: Group) => group.reduce((n, slots) => n + slots.reduce((m, ids) => m + (ids?.length ?? 0), 0), 0)
const slotCount = (group: Group) => Math.max(0, ...group.map((slots) => slots.length))

export class Intersector {
  /** How many groups a page has been found in so far (0: not a candidate). */
  private seen = new Uint16Array(1024)
  /** The page's worst slot so far. */
  private worst = new Uint8Array(1024)

  private fit(id: number): void {
    if (id < this.seen.length) return
    let length = this.seen.length
    while (length <= id) length *= 2
    const seen = new Uint16Array(length)
    seen.set(this.seen)
    const worst = new Uint8Array(length)
    worst.set(this.worst)
    this.seen = seen
    this.worst = worst
  }

  /** Ids found in every group and not `gone`, best first, at most `limit`. */
  run(groups: readonly Group[], limit: number, gone: ReadonlySet<number> = new Set()): number[] {
    if (!groups.length || groups.length >= 0xffff) return []
    const ordered = [...groups].sort((a, b) => size(a) - size(b))
    if (size(ordered[0]!) === 0) return []
    const candidates: number[] = []
    try {
      // one group: pages are met best slot first, so the first `limit` are the answer
      const enough = ordered.length === 1 ? limit : Infinity
      ordered.forEach((group, g) => this.walk(group, g, candidates, enough, gone))
      return this.best(candidates, ordered.length, limit)
    } finally {
      for (const id of candidates) this.seen[id] = 0
    }
  }

  /** The pages found in every group, by worst slot (a bucket per slot: no comparison sort of every page). */
  private best(candidates: number[], groups: number, limit: number): number[] {
    const buckets: number[][] = []
    for (const id of candidates) if (this.seen[id] === groups) (buckets[this.worst[id]!] ??= []).push(id)
    const out: number[] = []
    for (const bucket of buckets) {
      if (!bucket) continue
      for (const id of bucket) {
        if (out.length >= limit) return out
        out.push(id)
      }
    }
    return out
  }

  /** Slots in order, so a page is met first at its best slot within the group. */
  private walk(group: Group, g: number, candidates: number[], enough: number, gone: ReadonlySet<number>): void {
    for (let y = 0, slots = slotCount(group); y < slots && candidates.length < enough; y++) {
      for (const postings of group) {
        const ids = postings[y]
        if (!ids) continue
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!
          if (g === 0) {
            this.fit(id)
            if (this.seen[id] !== 0 || (gone.size && gone.has(id))) continue
            this.seen[id] = 1
            this.worst[id] = y
            if (candidates.push(id) >= enough) return
          } else if (id < this.seen.length && this.seen[id] === g) {
            this.seen[id] = g + 1
            if (y > this.worst[id]!) this.worst[id] = y
          }
        }
      }
    }
  }
}
