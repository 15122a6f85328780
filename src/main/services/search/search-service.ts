/**
 * One search over the library: every page of every PDF (no page cap), resource
 * details and annotations. The page index persists in index/ and loads at
 * start-up without touching a PDF; if it is missing or unreadable it is rebuilt
 * from the stored page text, and it is kept in step incrementally as resources
 * are imported, edited and deleted. Details and annotations are few: their index
 * is rebuilt in memory whenever they change.
 */
import type { SearchHit, SearchResults } from '@shared/search-types'
import type { Resource } from '@shared/model'
import type { ImportOutcome } from '@shared/contract'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import { collapseSpace } from '@shared/text'
import { readText } from '../library/content-store'
import { TermIndex } from './term-index'
import { fold, hasPhrases, parseQuery } from './text'
import { makeSnippet } from './snippet'
import { methodText } from '@shared/method'
import { inBackground, type Notify } from '../background'
import { loadPageIndex, savePageIndex, type PageDoc } from './index-files'

export interface SearchFilters {
  kinds?: string[]
  tags?: string[]
  language?: string
  year?: number
}

const PAGE_LIMIT = 30
export const CANDIDATES = 200

const metaText = (r: Resource) =>
  [r.title, r.title, r.authors.join(' '), r.publisher, r.tags.join(' '), r.region, r.summary, r.citation].join(' ')

export class SearchService {
  private pages = new TermIndex()
  private pageDocs: (PageDoc | null)[] = []
  private indexed = new Map<string, string>()
  private meta = new TermIndex()
  private metaDocs: {
    kind: 'resource' | 'annotation' | 'glossary' | 'method'
    resourceId: string
    annotationId?: string
  }[] = []
  /** Page text with whitespace collapsed, by file: what snippets quote. */
  private texts = new Map<string, string[]>()
  private folded = new Map<string, string[]>()
  /**
   * Documents still being imported, by the id their record will have. Their pages go into
   * the page index as the workers extract them (searchable at once, marked `importing`);
   * when the record lands they are adopted as they are (the stored text is those same
   * pages), and when the import fails they are dropped. Never saved as indexed: a restart
   * mid-import finds them gone and indexes the record from its stored text.
   */
  private importing = new Map<string, { title: string; pages: string[]; ids: number[] }>()
  private saveTimer: NodeJS.Timeout | null = null
  /** a change not yet saved: the timer runs, or an import holds the save back */
  private saveWanted = false
  private closed = false

  constructor(
    private readonly store: Store,
    private readonly paths: DataPaths,
    private readonly notify: Notify = () => undefined,
  ) {}

  /** Loads the persisted index, then brings it in step with the library (adding or dropping what changed). */
  async load(): Promise<{ loadedMs: number; rebuilt: boolean; changed: number }> {
    const started = performance.now()
    const loaded = await loadPageIndex(this.paths)
    if (loaded) {
      this.pages = loaded.index
      this.pageDocs = loaded.docs
      this.indexed = new Map(Object.entries(loaded.indexed))
      // pages saved while their file was still being imported: dropped by the next save
      this.pageDocs.forEach((doc, id) => doc === null && this.pages.remove(id))
    }
    const loadedMs = performance.now() - started
    let changed = 0
    const live = new Map(this.store.read().resources.flatMap((r) => (r.file ? [[r.id, r.file.sha256] as const] : [])))
    for (const [id, sha] of this.indexed) if (live.get(id) !== sha) changed += this.dropPages(id)
    for (const [id, sha] of live) if (this.indexed.get(id) !== sha) changed += await this.addPages(id, sha)
    this.rebuildMeta()
    if (changed || !loaded) await this.saveInBackground()
    return { loadedMs, rebuilt: !loaded, changed }
  }

  private dropPages(resourceId: string): number {
    let dropped = 0
    this.pageDocs.forEach((doc, id) => {
      if (doc?.[0] !== resourceId) return
      this.pages.remove(id)
      this.pageDocs[id] = null
      dropped++
    })
    this.indexed.delete(resourceId)
    return dropped || 1
  }

  private async pageTexts(sha: string): Promise<string[]> {
    const cached = this.texts.get(sha)
    if (cached) return cached
    const pages = ((await readText(this.paths, sha))?.pages ?? []).map(collapseSpace)
    this.texts.set(sha, pages)
    return pages
  }

  /** Folded page text, made on first use one page at a time so a big document never costs a long pause. */
  private foldedPage(sha: string, pages: string[], index: number): string {
    let folded = this.folded.get(sha)
    if (!folded) this.folded.set(sha, (folded = []))
    return (folded[index] ??= fold(pages[index] ?? ''))
  }

  private async addPages(resourceId: string, sha: string): Promise<number> {
    const pages = await this.pageTexts(sha)
    pages.forEach((text, i) => {
      const id = this.pageDocs.length
      this.pageDocs.push([resourceId, i + 1])
      this.pages.add(id, text)
    })
    this.indexed.set(resourceId, sha)
    return pages.length || 1
  }

  /**
   * Reads and folds every page's text ahead of the first searches (the index
   * itself is already usable); run in the background after start-up, a
   * document at a time so it never holds the main thread for long.
   */
  async warm(): Promise<void> {
    for (const sha of new Set(this.indexed.values())) {
      const pages = await this.pageTexts(sha)
      for (let i = 0; i < pages.length; i++) this.foldedPage(sha, pages, i)
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Call after an import, a delete or an undo: the resource's pages are (re)indexed or dropped. */
  async syncResource(resourceId: string): Promise<void> {
    const resource = this.store.read().resources.find((r) => r.id === resourceId)
    if (!this.adopt(resource)) {
      this.dropPages(resourceId)
      if (resource?.file) await this.addPages(resource.id, resource.file.sha256)
    }
    this.rebuildMeta()
    this.scheduleSave()
  }

  /** The pages indexed while `resource` was imported become its pages, without reading or indexing them again. */
  private adopt(resource: Resource | undefined): boolean {
    if (!resource?.file || this.indexed.has(resource.id)) return false
    const doc = this.importing.get(resource.id)
    if (doc?.ids.length !== resource.file.pages) return false
    this.importing.delete(resource.id)
    this.indexed.set(resource.id, resource.file.sha256)
    return true
  }

  addImportingPages(resourceId: string, title: string, from: number, texts: string[]): void {
    let doc = this.importing.get(resourceId)
    if (!doc) this.importing.set(resourceId, (doc = { title, pages: [], ids: [] }))
    texts.forEach((text, i) => {
      const id = this.pageDocs.length
      this.pageDocs.push([resourceId, from + i])
      doc.ids.push(id)
      this.pages.add(id, text)
      // the pool's own string, not a copy: a hit collapses its spaces when it quotes it
      doc.pages[from - 1 + i] = text
    })
  }

  /**
   * One file's import is over (`importId`: the id its pages were added under). An imported file
   * becomes searchable as its record's pages, adopting the pages indexed while it was read; pages
   * nothing adopted (it failed, or was a duplicate) are dropped, whatever happened on the way.
   */
  async fileImported(importId: string, outcome: ImportOutcome): Promise<void> {
    try {
      if (outcome.status === 'imported') await this.syncResource(outcome.resourceId)
    } finally {
      this.endImporting(importId)
    }
  }

  /** The import of `resourceId` is over: pages not adopted by its record (it failed, or was a duplicate) are dropped. */
  endImporting(resourceId: string): void {
    for (const id of this.importing.get(resourceId)?.ids ?? []) {
      this.pages.remove(id)
      this.pageDocs[id] = null
    }
    this.importing.delete(resourceId)
    if (!this.importing.size && this.saveWanted) this.scheduleSave()
  }

  rebuildMeta(): void {
    const { resources, annotations, glossary, methods } = this.store.read()
    this.meta = new TermIndex()
    this.metaDocs = []
    for (const r of resources) {
      this.meta.add(this.metaDocs.length, metaText(r))
      this.metaDocs.push({ kind: 'resource', resourceId: r.id })
    }
    for (const g of glossary) {
      const names = [g.term, g.term, ...g.aliases, ...Object.values(g.translations).map((x) => x?.term ?? '')]
      this.meta.add(this.metaDocs.length, `${names.join(' ')} ${g.definition}`)
      this.metaDocs.push({ kind: 'glossary', resourceId: g.id })
    }
    for (const m of methods) {
      // the name counts twice, as a resource's title does
      this.meta.add(this.metaDocs.length, `${m.name} ${methodText(m)}`)
      this.metaDocs.push({ kind: 'method', resourceId: m.id })
    }
    for (const a of annotations) {
      this.meta.add(this.metaDocs.length, `${a.quote} ${a.body}`)
      this.metaDocs.push({ kind: 'annotation', resourceId: a.resourceId, annotationId: a.id })
    }
  }

  /**
   * Saved 1.5 s after the last change, and not while files are being imported: each save dumps
   * the whole index, and one after every file that landed was an import's highest memory. The
   * index is derived data: a restart rebuilds what a crash left unsaved from the stored text.
   */
  private scheduleSave(): void {
    if (this.closed) return
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    this.saveWanted = true
    if (this.importing.size) return // endImporting asks again when the last file is in
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      if (!this.importing.size) void this.saveInBackground()
    }, 1500)
  }

  /** Never rejects: a failed save (a full disk) is told and tried again later. */
  private saveInBackground(): Promise<boolean> {
    return inBackground(
      () => this.save(),
      'search-index',
      this.notify,
      () => this.scheduleSave(),
    )
  }

  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    this.saveWanted = false
    const docs = this.importing.size
      ? this.pageDocs.map((d) => (d && this.importing.has(d[0]) ? null : d))
      : this.pageDocs
    await savePageIndex(this.paths, this.pages, docs, Object.fromEntries(this.indexed))
  }

  private passes(r: Resource | undefined, f: SearchFilters): r is Resource {
    if (!r) return false
    if (f.kinds?.length && !f.kinds.includes(r.kind)) return false
    if (f.tags?.length && !f.tags.some((t) => r.tags.includes(t))) return false
    if (f.language && r.language !== f.language) return false
    if (f.year && r.year !== f.year) return false
    return true
  }

  async query(raw: string, filters: SearchFilters = {}): Promise<SearchResults> {
    const started = performance.now()
    const q = parseQuery(raw)
    const results: SearchResults = {
      query: raw,
      glossary: [],
      methods: [],
      resources: [],
      annotations: [],
      pages: [],
      totalPages: 0,
      tookMs: 0,
    }
    if (!q.terms.length) return results
    const byId = new Map(this.store.read().resources.map((r) => [r.id, r]))
    const notes = new Map(this.store.read().annotations.map((a) => [a.id, a]))
    const terms = new Map(this.store.read().glossary.map((g) => [g.id, g]))
    const methods = new Map(this.store.read().methods.map((m) => [m.id, m]))
    const filtered = Boolean(filters.kinds?.length || filters.tags?.length || filters.language || filters.year)
    for (const id of this.meta.search(q.terms, q.prefix, 200)) {
      const doc = this.metaDocs[id]!
      if (doc.kind === 'glossary') {
        const g = terms.get(doc.resourceId)
        const text = g ? `${g.term}: ${g.definition}` : ''
        if (!g || filtered || !hasPhrases(fold(text), q.phrases)) continue
        results.glossary.push({
          kind: 'glossary',
          resourceId: '',
          termId: g.id,
          title: g.term,
          snippet: makeSnippet(text, q.terms, q.prefix),
        })
        continue
      }
      if (doc.kind === 'method') {
        const m = methods.get(doc.resourceId)
        // what it is for first, so the snippet reads as the method's page does; its translations last
        const translated = m ? Object.values(m.translations).flatMap((tr) => (tr ? Object.values(tr).flat() : [])) : []
        const text = m
          ? `${m.name}: ${[m.purpose, m.materials, ...m.steps, ...m.tips, ...m.variations, ...m.aliases, ...Object.values(m.titles), ...translated].join(' ')}`
          : ''
        if (!m || filtered || !hasPhrases(fold(text), q.phrases)) continue
        results.methods.push({
          kind: 'method',
          resourceId: '',
          methodId: m.id,
          title: m.name,
          snippet: makeSnippet(text, q.terms, q.prefix),
        })
        continue
      }
      const r = byId.get(doc.resourceId)
      if (!this.passes(r, filters)) continue
      const note = doc.annotationId ? notes.get(doc.annotationId) : undefined
      const text = note ? `${note.quote} ${note.body}` : `${r.title}. ${r.summary}`
      if (!hasPhrases(fold(text), q.phrases)) continue
      const hit: SearchHit = {
        kind: doc.kind,
        resourceId: r.id,
        title: r.title,
        snippet: makeSnippet(text, q.terms, q.prefix),
      }
      if (note) results.annotations.push({ ...hit, page: note.page, annotationId: note.id })
      else results.resources.push(hit)
    }
    const titleHit = (h: SearchHit) => q.terms.every((t) => fold(h.title).includes(t))
    results.resources.sort((a, b) => Number(titleHit(b)) - Number(titleHit(a)))
    results.methods.sort((a, b) => Number(titleHit(b)) - Number(titleHit(a)))
    for (const id of this.pages.search(q.terms, q.prefix, CANDIDATES)) {
      const doc = this.pageDocs[id]
      const hit = doc && this.pageHit(doc, byId, filters, filtered)
      if (!hit) continue
      if (results.pages.length >= PAGE_LIMIT && !q.phrases.length) {
        results.totalPages++
        continue
      }
      if (results.pages.length >= PAGE_LIMIT) continue
      const page = await hit.read()
      if (!hasPhrases(page.folded, q.phrases)) continue
      results.totalPages++
      results.pages.push({
        kind: 'page',
        resourceId: doc[0],
        title: hit.title,
        page: doc[1],
        snippet: makeSnippet(page.text, q.terms, q.prefix, page.folded),
        ...(hit.importing ? { importing: true } : {}),
      })
    }
    results.tookMs = performance.now() - started
    return results
  }

  /**
   * A page hit if it passes the filters, with what it quotes read only when it is shown: the
   * stored page of an indexed record, or the page as extracted while its file is imported
   * (no filter applies to those: their record has no details yet).
   */
  private pageHit(doc: PageDoc, byId: Map<string, Resource>, filters: SearchFilters, filtered: boolean) {
    const r = byId.get(doc[0])
    const importing = this.importing.get(doc[0])
    if (importing) {
      if (filtered) return null
      const read = async () => {
        const text = collapseSpace(importing.pages[doc[1] - 1] ?? '')
        return { text, folded: fold(text) }
      }
      return { title: r?.title ?? importing.title, importing: !r?.file, read }
    }
    if (!this.passes(r, filters)) return null
    const sha = r.file!.sha256
    const read = async () => {
      const pages = await this.pageTexts(sha)
      return { text: pages[doc[1] - 1] ?? '', folded: this.foldedPage(sha, pages, doc[1] - 1) }
    }
    return { title: r.title, importing: false, read }
  }

  async close(): Promise<void> {
    if (this.saveWanted) await this.saveInBackground()
    this.closed = true
  }
}
