/**
 * The page index on disk: index/pages.json holds the FlexSearch export, the
 * vocabulary and which page each id stands for. Written atomically; anything
 * that does not read back as expected means "rebuild from the page text".
 */
import { readFile, writeFile } from 'node:fs/promises'
import { placeDurably } from '../../durable-write'
import { join } from 'node:path'
import type { DataPaths } from '../../paths'
import { TermIndex, type TermIndexDump } from './term-index'

const VERSION = 2

/** [resourceId, page number] */
export type PageDoc = [string, number]

interface IndexFile {
  version: number
  docs: (PageDoc | null)[]
  indexed: Record<string, string>
  dump: TermIndexDump
}

const file = (paths: DataPaths) => join(paths.index, 'pages.json')

export async function loadPageIndex(paths: DataPaths) {
  try {
    const data = JSON.parse(await readFile(file(paths), 'utf8')) as IndexFile
    if (data.version !== VERSION || !Array.isArray(data.docs) || !Array.isArray(data.dump?.chunks)) return null
    return { index: TermIndex.restore(data.dump), docs: data.docs, indexed: data.indexed ?? {} }
  } catch {
    return null
  }
}

export async function savePageIndex(
  paths: DataPaths,
  index: TermIndex,
  docs: (PageDoc | null)[],
  indexed: Record<string, string>,
): Promise<void> {
  const body: IndexFile = { version: VERSION, docs, indexed, dump: await index.dump() }
  await placeDurably(file(paths), (temp) => writeFile(temp, JSON.stringify(body)))
}
