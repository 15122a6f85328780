/**
 * Test fixtures: bundles built in memory, well-formed or not. yazl refuses to write the
 * worst names (`..`, absolute paths), so those are written under a harmless name of the
 * same length and the bytes patched afterwards, in the local and central headers alike;
 * the central directory's fields (flags, sizes) are patched the same way.
 */
import { createHash } from 'node:crypto'
import yazl from 'yazl'
import { BUNDLE_FORMAT, BUNDLE_VERSION, emptyBundleRecords, type BundleRecords, type Manifest } from '@shared/bundle'

export interface ZipItem {
  name: string
  data: Buffer
  mode?: number
  compress?: boolean
}

export async function zipOf(items: ZipItem[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const i of items)
    zip.addBuffer(i.data, i.name, { mode: i.mode, compress: i.compress ?? true, mtime: new Date(2026, 0, 1) })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

export const emptyRecords = emptyBundleRecords

export function manifestFor(items: ZipItem[], patch: Partial<Manifest> = {}): Manifest {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    appVersion: 'test',
    createdAt: '2026-11-30T10:00:00.000Z',
    includes: { annotations: false, facilitatorOnly: false, workshops: false, names: false },
    entries: items.map((i) => ({ name: i.name, sha256: sha(i.data), bytes: i.data.length })),
    ...patch,
  }
}

/** The entries plus a manifest naming them (or `manifest` as given). */
export function withManifest(items: ZipItem[], manifest: unknown = manifestFor(items)): ZipItem[] {
  return [...items, { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) }]
}

export const recordsItem = (records: BundleRecords = emptyRecords()): ZipItem => ({
  name: 'records.json',
  data: Buffer.from(JSON.stringify(records)),
})

/** Every occurrence of `from` (same length as `to`) replaced: renames an entry in both headers. */
export function rename(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('names must have the same length')
  const out = Buffer.from(zip)
  const needle = Buffer.from(from)
  for (let at = out.indexOf(needle); at !== -1; at = out.indexOf(needle, at + 1)) out.write(to, at)
  return out
}

const CENTRAL = 0x02014b50

/** Calls `patch` with the offset of each central directory header (whose entry name passes `which`). */
export function patchCentral(zip: Buffer, which: (name: string) => boolean, patch: (buf: Buffer, at: number) => void) {
  const out = Buffer.from(zip)
  for (let at = 0; at + 46 <= out.length; at++) {
    if (out.readUInt32LE(at) !== CENTRAL) continue
    const nameLength = out.readUInt16LE(at + 28)
    if (which(out.toString('utf8', at + 46, at + 46 + nameLength))) patch(out, at)
  }
  return out
}

/** Sets the "encrypted" flag of the named entries. */
export const markEncrypted = (zip: Buffer, name: string) =>
  patchCentral(
    zip,
    (n) => n === name,
    (b, at) => b.writeUInt16LE(b.readUInt16LE(at + 8) | 1, at + 8),
  )

/** Makes the central directory declare `bytes` as the named entry's uncompressed size. */
export const declareSize = (zip: Buffer, name: (n: string) => boolean, bytes: number) =>
  patchCentral(zip, name, (b, at) => b.writeUInt32LE(bytes, at + 24))
