/**
 * The full backup as one download in browser mode: a POSIX tar (ustar) stream, gzipped
 * by Node's own zlib — no library needed for the few plain files a backup holds. The
 * reader takes only what a backup can contain: regular files under the names the
 * backup uses (no links, no `..`, no absolute paths, no duplicates), within a count and
 * size limit, each header's checksum checked; anything else refuses the whole archive.
 */
import { once } from 'node:events'
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { Writable } from 'node:stream'

const BLOCK = 512

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

export function tarHeader(name: string, size: number, mtimeSeconds: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: name too long: ${name}`)
  const h = Buffer.alloc(BLOCK)
  h.write(name, 0, 100, 'utf8')
  h.write(octal(0o644, 8), 100)
  h.write(octal(0, 8), 108)
  h.write(octal(0, 8), 116)
  h.write(octal(size, 12), 124)
  h.write(octal(mtimeSeconds, 12), 136)
  h.write('        ', 148)
  h.write('0', 156)
  h.write('ustar\0', 257)
  h.write('00', 263)
  let sum = 0
  for (const byte of h) sum += byte
  h.write(octal(sum, 7) + ' ', 148)
  return h
}

export const tarPadding = (size: number): Buffer => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)
export const TAR_END = Buffer.alloc(BLOCK * 2)

/** Writes, waiting when the stream asks (a download at the browser's pace). */
export async function writeAll(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain')
}

interface Header {
  name: string
  size: number
  type: string
}

function readOctal(block: Buffer, start: number, length: number): number {
  const text = block
    .subarray(start, start + length)
    .toString('latin1')
    .replace(/\0.*$/s, '')
    .trim()
  if (!/^[0-7]*$/.test(text)) throw new Error('a header field is not a number')
  return text ? parseInt(text, 8) : 0
}

function parseHeader(block: Buffer): Header | null {
  if (block.every((b) => b === 0)) return null
  const stored = readOctal(block, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!
  if (sum !== stored) throw new Error('a header checksum does not match')
  const prefix = block.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '')
  const name = block.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')
  return {
    name: prefix ? `${prefix}/${name}` : name,
    size: readOctal(block, 124, 12),
    type: String.fromCharCode(block[156] || 48),
  }
}

export interface ExtractLimits {
  /** a name the archive may hold (checked before a byte of it is written) */
  allowed(name: string): boolean
  maxEntries: number
  maxBytes: number
}

/**
 * Writes the archive's files into `dir` (which must be empty), refusing — by throwing,
 * with what was wrong — anything a backup would not hold. Answers the names written.
 */
export async function extractTar(
  source: AsyncIterable<Buffer> | Iterable<Buffer>,
  dir: string,
  limits: ExtractLimits,
): Promise<string[]> {
  const names = new Set<string>()
  let pending: Buffer = Buffer.alloc(0)
  let entry: { handle: FileHandle | null; left: number; pad: number } | null = null
  let total = 0
  let ended = false
  const startEntry = async (header: Header) => {
    const dirEntry = header.type === '5' && /^(files|text)\/?$/.test(header.name)
    if (dirEntry) return { handle: null, left: 0, pad: 0 }
    if (header.type !== '0') throw new Error(`“${header.name}” is not a plain file`)
    if (!limits.allowed(header.name)) throw new Error(`“${header.name}” is not part of a backup`)
    if (names.has(header.name)) throw new Error(`“${header.name}” is there twice`)
    if (names.size >= limits.maxEntries) throw new Error(`more than ${limits.maxEntries} files`)
    total += header.size
    if (total > limits.maxBytes) throw new Error('larger than a backup can be')
    names.add(header.name)
    const handle = await open(join(dir, header.name), 'wx')
    return { handle, left: header.size, pad: tarPadding(header.size).length }
  }
  try {
    for await (const chunk of source) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
      while (!ended) {
        if (entry) {
          const take = Math.min(entry.left, pending.length)
          if (take && entry.handle) await entry.handle.write(pending.subarray(0, take))
          pending = pending.subarray(take)
          entry.left -= take
          if (entry.left > 0) break
          if (pending.length < entry.pad) break
          pending = pending.subarray(entry.pad)
          await entry.handle?.close()
          entry = null
          continue
        }
        if (pending.length < BLOCK) break
        const header = parseHeader(pending.subarray(0, BLOCK))
        pending = pending.subarray(BLOCK)
        if (!header) {
          ended = true
          break
        }
        entry = await startEntry(header)
      }
    }
    if (entry || !ended) throw new Error('the archive ends too early')
    return [...names]
  } finally {
    await entry?.handle?.close().catch(() => undefined)
  }
}
