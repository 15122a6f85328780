/** Messages between the import service and its extraction workers. */
import type { OutlineItemT } from '@shared/model'
import type { TextRun } from '../library/details/first-page'
import type { XmpDetails } from '../library/details/xmp'

/**
 * Extract pages `from`..`to` of one PDF (counted from 1; a `to` past the end means to the
 * end). Only the range given `details` reads the document's metadata, outline and page 1's
 * runs: the others are pages of the same document split off to another worker.
 */
export interface ExtractRequest {
  type: 'extract'
  id: number
  path: string
  password?: string
  from: number
  to: number
  details: boolean
}

/** Stop the running range after page `to` (or the page it is on, if later): another worker takes the rest. */
export interface LimitRequest {
  type: 'limit'
  id: number
  to: number
}

export type WorkerRequest = ExtractRequest | LimitRequest

/** An outline entry as the file gave it; `page` is counted from 1 and may be anything the file said. */
export interface RawOutlineItem {
  title: string
  page: number | null
  items: RawOutlineItem[]
}

/** The document's own values, not yet checked (extracted.ts checks them). */
export interface RawDetails {
  title: string
  author: string
  subject: string
  /** the Info dictionary's CreationDate, as written (`D:YYYYMMDD…`) */
  created: string
  /** the catalog's /Lang */
  language: string
  outline: RawOutlineItem[]
  /** the XMP packet as written (cut to a size), or '' */
  xmp: string
  /** page 1's text runs with their place and size, for its heading */
  firstPage: { height: number; runs: TextRun[] }
}

/** A whole extraction as the pool puts it together from its workers' pages and details. */
export interface RawExtracted extends RawDetails {
  pages: string[]
  pageErrors: number[]
}

/** The same values once checked: they fit a library record. */
export interface Extracted {
  pages: string[]
  pageErrors: number[]
  title: string
  author: string
  subject: string
  year: number | null
  language: string
  outline: OutlineItemT[]
  xmp: XmpDetails
  /** the largest text near the top of page 1 */
  heading: string
}

export type ExtractFailureKind = 'password' | 'invalid' | 'memory' | 'error'

export type WorkerMessage =
  | { id: number; type: 'opened'; pages: number }
  /** pages `from`, `from + 1`, … in order; `errors` are those of them the extractor could not read */
  | { id: number; type: 'pages'; from: number; texts: string[]; errors: number[] }
  /** the range now ends at `to` */
  | { id: number; type: 'limited'; to: number }
  /** `retire`: this worker should not be given another file (pdfium.ts, `spent`) */
  | { id: number; type: 'done'; details: RawDetails | null; retire?: boolean }
  | { id: number; type: 'failed'; kind: ExtractFailureKind; message: string; retire?: boolean }
