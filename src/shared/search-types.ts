/** What a search answers: hits grouped by kind, each with a snippet whose matched words are marked. */
export interface SnippetPart {
  text: string
  match: boolean
}

export interface SearchHit {
  kind: 'resource' | 'page' | 'annotation' | 'glossary' | 'method'
  resourceId: string
  title: string
  page?: number
  annotationId?: string
  termId?: string
  methodId?: string
  /** a page of a document still being imported: it opens once stored */
  importing?: boolean
  snippet: SnippetPart[]
}

export interface SearchResults {
  query: string
  glossary: SearchHit[]
  methods: SearchHit[]
  resources: SearchHit[]
  annotations: SearchHit[]
  pages: SearchHit[]
  totalPages: number
  tookMs: number
}
