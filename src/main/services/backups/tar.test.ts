/** The archive reader takes only what a backup holds, and refuses the whole archive otherwise. */
import { describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../../testing/temp-dir'
import { extractTar, TAR_END, tarHeader, tarPadding } from './tar'
import { backupEntryName, MANIFEST } from './manifest'

const sha = 'b'.repeat(64)
const limits = { allowed: (n: string) => n === MANIFEST || backupEntryName.test(n), maxEntries: 10, maxBytes: 1000 }

function entry(name: string, body: string, type = '0'): Buffer {
  const header = tarHeader(name, Buffer.byteLength(body), 0)
  if (type !== '0') {
    header.write(type, 156)
    header.write('        ', 148)
    let sum = 0
    for (const b of header) sum += b
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  }
  return Buffer.concat([header, Buffer.from(body), tarPadding(Buffer.byteLength(body))])
}

async function extract(parts: Buffer[]) {
  return withTempDir(async (dir) => {
    await mkdir(join(dir, 'files'))
    await mkdir(join(dir, 'text'))
    const names = await extractTar([Buffer.concat(parts)], dir, limits)
    return {
      names,
      files: await readdir(join(dir, 'files')),
      db: await readFile(join(dir, 'db.json'), 'utf8').catch(() => null),
    }
  })
}

describe('reading a backup archive', () => {
  it('writes the files a backup holds', async () => {
    const out = await extract([entry('db.json', '{}'), entry(`files/${sha}.pdf`, '%PDF-1.7'), TAR_END])
    expect(out.names).toEqual(['db.json', `files/${sha}.pdf`])
    expect(out.files).toEqual([`${sha}.pdf`])
    expect(out.db).toBe('{}')
  })

  it.each([
    ['a name outside the backup', [entry('../evil.json', 'x'), TAR_END], /is not part of a backup/],
    ['an absolute path', [entry('/etc/passwd', 'x'), TAR_END], /is not part of a backup/],
    ['a symbolic link', [entry('db.json', '', '2'), TAR_END], /is not a plain file/],
    ['a name twice', [entry('db.json', '{}'), entry('db.json', '{}'), TAR_END], /is there twice/],
    ['a cut-off archive', [entry('db.json', '{}').subarray(0, 600)], /ends too early/],
    ['too many bytes', [entry('db.json', 'x'.repeat(1200)), TAR_END], /larger than a backup can be/],
  ])('refuses %s', async (_what, parts, message) => {
    await expect(extract(parts)).rejects.toThrow(message)
  })

  it('refuses a damaged header', async () => {
    const bad = entry('db.json', '{}')
    bad[10] = 0x41
    await expect(extract([bad, TAR_END])).rejects.toThrow(/checksum does not match/)
  })
})
