/**
 * The trash is part of the library on disk: what was deleted before the app closed can
 * still be restored after it opens again, and the deleted resource's PDF stays.
 */
import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Resource } from '@shared/model'
import type { Trashed } from '@shared/trash'
import type { Workshop } from '@shared/workshop'
import { startCore } from '../../core'
import { resourcesDir, withTempDir, workerPath } from '../../testing/temp-dir'

const open = (dataDir: string) => startCore({ dataDir, resourcesDir, workerPath, host: 'browser', version: 'test' })

async function ask<T>(core: Awaited<ReturnType<typeof open>>, channel: string, input?: unknown): Promise<T> {
  const answer = await core.dispatch(channel, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}

describe('the trash across a restart', () => {
  it('restores a workshop and a resource with its PDF after the app opened again', { timeout: 60_000 }, async () => {
    await withTempDir(async (dir) => {
      const first = await open(dir)
      const w = await ask<Workshop>(first, 'workshops:create', { title: 'Kept across a restart' })
      await ask(first, 'workshops:addNote', { id: w.id, kind: 'quote', text: 'We were heard' })
      const before = await ask<Workshop>(first, 'workshops:get', { id: w.id })
      const withFile = (await ask<Resource[]>(first, 'library:list')).find((r) => r.file)!
      const tickets = [
        await ask<Trashed>(first, 'workshops:delete', { id: w.id }),
        await ask<Trashed>(first, 'library:delete', { id: withFile.id }),
      ]
      await first.close()

      const again = await open(dir)
      try {
        expect(existsSync(join(again.paths.files, `${withFile.file!.sha256}.pdf`))).toBe(true)
        for (const t of tickets) await ask(again, 'trash:restore', { id: t.id })
        expect(await ask(again, 'workshops:get', { id: w.id })).toEqual(before)
        expect(await ask(again, 'library:get', { id: withFile.id })).toEqual(withFile)
      } finally {
        await again.close()
      }
    })
  })
})
