/** Messages between the import service and its extraction workers. */
import type { OutlineItemT } from '@shared/model'
import type { TextRun } from '../library/details/first-page'
import type { XmpDetails } from '../library/details/xmp'

export interface ExtractRequest {
  id: number
  path: string
  password?: string
}

/** An outline entry as pdf.js gave it; `page` is counted from 1 and may be anything the file said. */
export interface RawOutlineItem {
  title: string
  page: number | null
  items: RawOutlineItem[]
}

/** What a worker sends back: the file's own values, not yet checked (extracted.ts checks them). */
export interface RawExtracted {
  pages: string[]
  pageErrors: number[]
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

export type ExtractFailureKind = 'password' | 'invalid' | 'error'

export type WorkerMessage =
  | { id: number; type: 'opened'; pages: number }
  | { id: number; type: 'page'; done: number; pages: number }
  | { id: number; type: 'done'; result: RawExtracted }
  | { id: number; type: 'failed'; kind: ExtractFailureKind; message: string }
