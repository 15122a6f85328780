/**
 * A lowdb adapter that acknowledges a write only once its bytes are on disk (see
 * durable-write.ts): a power cut leaves the old db.json or the new one, never half.
 */
import { readFile } from 'node:fs/promises'
import { writeFileDurably } from '../durable-write'
import type { Adapter } from 'lowdb'
import type { Data } from './schema'
import { createSerializer } from './serialize'

export class DurableJsonFile implements Adapter<Data> {
  private readonly serialize = createSerializer()

  constructor(readonly path: string) {}

  async read(): Promise<Data | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Data
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  write(data: Data): Promise<void> {
    return writeFileDurably(this.path, this.serialize(data))
  }
}
