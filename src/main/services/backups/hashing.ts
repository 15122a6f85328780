/** sha256 of files as they are read or copied: every check of a backup, a restore and a move goes through here. */
import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** A pipeline step that hashes what passes through it. */
export const hashing = (hash: Hash) =>
  async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      hash.update(chunk)
      yield chunk
    }
  }
