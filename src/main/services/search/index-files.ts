/**
 * The page index on disk, one file written atomically: index/pages.index holds a
 * JSON header (which page each id stands for, which file each resource was indexed
 * from, the vocabulary, the segment's words) and then the segment's postings as raw
 * 32-bit words, so loading them is a single read with no parsing. Anything that does
 * not read back as expected means "rebuild from the page text". The older
 * index/pages.json (a FlexSearch export) is no longer read; the first save removes it.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { placeDurably } from '../../durable-write'
import { join } from 'node:path'
import type { DataPaths } from '../../paths'
import { TermIndex } from './term-index'

const VERSION = 3
const MAGIC = 0x49504354 // "TCPI" read as little-endian

/** [resourceId, page number] */
export type PageDoc = [string, number]

interface Header {
  version: number
  docs: (PageDoc | null)[]
  indexed: Record<string, string>
  words: string[]
  vocabulary: [string, number][]
}

const file = (paths: DataPaths) => join(paths.index, 'pages.index')
const padded = (n: number) => Math.ceil(n / 4) * 4

export async function loadPageIndex(paths: DataPaths) {
  try {
    const bytes = await readFile(file(paths))
    if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return null
    const headerBytes = bytes.readUInt32LE(4)
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerBytes)) as Header
    if (header.version !== VERSION || !Array.isArray(header.docs) || !Array.isArray(header.words)) return null
    const start = padded(8 + headerBytes)
    const length = (bytes.length - start) / 4
    if (!Number.isInteger(length)) return null
    const aligned = (bytes.byteOffset + start) % 4 === 0
    const postings = aligned
      ? new Uint32Array(bytes.buffer, bytes.byteOffset + start, length)
      : new Uint32Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + bytes.length))
    const index = TermIndex.restore({ words: header.words, postings, vocabulary: header.vocabulary ?? [] })
    return index && { index, docs: header.docs, indexed: header.indexed ?? {} }
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
  const dump = await index.dump()
  const header: Header = { version: VERSION, docs, indexed, words: [...dump.words], vocabulary: dump.vocabulary }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const head = Buffer.alloc(padded(8 + json.length))
  head.writeUInt32LE(MAGIC, 0)
  head.writeUInt32LE(json.length, 4)
  json.copy(head, 8)
  const body = Buffer.from(dump.postings.buffer, dump.postings.byteOffset, dump.postings.byteLength)
  await placeDurably(file(paths), async (temp) => {
    await writeFile(temp, head)
    await writeFile(temp, body, { flag: 'a' })
  })
  await rm(join(paths.index, 'pages.json'), { force: true })
}
