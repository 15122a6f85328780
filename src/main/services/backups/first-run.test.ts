/**
 * The first snapshot is taken on the first run, holding the starter library — not only
 * at the second start, as it once was (a laptop that died on day one had no backup).
 */
import { describe, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { resourcesDir, withTempDir, workerPath } from '../../testing/temp-dir'
import { startCore } from '../../core'

describe('the first run', () => {
  it('leaves a snapshot in backups/ before the app is closed', async () => {
    await withTempDir(async (dataDir) => {
      const core = await startCore({ dataDir, resourcesDir, workerPath, host: 'browser', version: 'test' })
      try {
        await core.store.idle()
        const names = (await readdir(join(dataDir, 'backups'))).filter((n) => n.endsWith('.json'))
        expect(names).toHaveLength(1)
        expect(names[0]).toMatch(/^db-.*-first-run\.json$/)
      } finally {
        await core.close()
      }
    })
  })
})
