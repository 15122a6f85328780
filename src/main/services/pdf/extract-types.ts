/** Messages between the import service and its extraction workers. */
import type { OutlineItemT } from '@shared/model'

export interface ExtractRequest {
  id: number
  path: string
  password?: string
}

export interface Extracted {
  pages: string[]
  pageErrors: number[]
  title: string
  author: string
  outline: OutlineItemT[]
}

export type ExtractFailureKind = 'password' | 'invalid' | 'error'

export type WorkerMessage =
  | { id: number; type: 'opened'; pages: number }
  | { id: number; type: 'page'; done: number; pages: number }
  | { id: number; type: 'done'; result: Extracted }
  | { id: number; type: 'failed'; kind: ExtractFailureKind; message: string }
