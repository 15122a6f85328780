/**
 * Browser mode cannot hand the server a file path, so the renderer streams the
 * bytes to /upload first; they wait in uploads/<id> until `library:import` takes
 * them, and are removed after, whatever the outcome.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import { isDiskFull } from '../../durable-write'

export async function receiveUpload(paths: DataPaths, body: Readable, maxBytes: number): Promise<string> {
  const id = randomBytes(16).toString('hex')
  const target = join(paths.uploads, id)
  let size = 0
  try {
    await pipeline(
      body,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length
          if (size > maxBytes) {
            const limit = Math.round(maxBytes / (1024 * 1024))
            throw new ServiceError('import-failed', userMessage('upload-too-large', { limit }))
          }
          yield chunk
        }
      },
      createWriteStream(target),
    )
    return id
  } catch (error) {
    await rm(target, { force: true })
    if (error instanceof ServiceError) throw error
    if (isDiskFull(error)) throw new ServiceError('import-failed', userMessage('upload-disk-full'))
    throw new ServiceError('import-failed', userMessage('upload-failed', { reason: (error as Error).message }))
  }
}

export const removeUpload = (paths: DataPaths, id: string) => rm(join(paths.uploads, id), { force: true })

export const clearUploads = async (paths: DataPaths) => {
  await rm(paths.uploads, { recursive: true, force: true })
}
