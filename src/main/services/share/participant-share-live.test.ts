/** A participant share's live view follows the run, and the share ends with its workshop. */
import { describe, expect, it } from 'vitest'
import type { ShareStatus } from '@shared/participant-share'
import { withTempDir } from '../../testing/temp-dir'
import { follow, http, joined, setup } from './participant-share-testing'

describe('participant share: live view', () => {
  it('pushes the change to /live when the facilitator starts the next block, and stops listening when stopped', async () => {
    await withTempDir(async (dir) => {
      const { call, session, port, w } = await setup(dir)
      const cookie = await joined(port, session.code)
      const seen = follow(port, cookie, (v) => v.current?.title === 'Flood exercise')
      await new Promise((r) => setTimeout(r, 50))
      await call('workshops:run', { id: w.id, action: 'start', blockId: 'b2' })
      const views = await seen
      expect(views[0]!.current?.title).toContain('Panel')
      expect(views.at(-1)!.next?.title).toBe('[participant] closes')

      const paused = follow(port, cookie, (v) => v.current?.paused === true)
      await new Promise((r) => setTimeout(r, 50))
      await call('workshops:run', { id: w.id, action: 'pause', blockId: 'b2' })
      expect((await paused).at(-1)!.current?.paused).toBe(true)

      const stopped = await call<ShareStatus>('share:stop')
      expect(stopped.session).toBeNull()
      await expect(http(port, '/')).rejects.toThrow(/ECONNREFUSED/)
    })
  })

  it('stops when its workshop is deleted', async () => {
    await withTempDir(async (dir) => {
      const { call, w, port } = await setup(dir)
      await call('workshops:delete', { id: w.id })
      expect((await call<ShareStatus>('share:status')).session).toBeNull()
      await expect(http(port, '/')).rejects.toThrow(/ECONNREFUSED/)
    })
  })
})
