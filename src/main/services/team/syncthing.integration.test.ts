/**
 * Two app cores, two data folders, two team folders kept in step by a real Syncthing
 * pair on loopback (issue #21 item 3): each side changes its library while Syncthing is
 * paused, then both sync and end with equal libraries. The same over a plain shared
 * folder (both cores on one directory), where Syncthing plays no part. Every byte of
 * traffic stays on 127.0.0.1. Without `syncthing` installed the first test is skipped
 * and says so (CI installs Debian's package).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../core'
import { SyncthingPair, syncthingPresent } from './syncthing-pair'
import { addThings, joinTeam, openCore, sharedPdfs, sharedView, syncNow } from './team-testing'

const present = await syncthingPresent()
if (!present)
  console.warn('syncthing is not installed: the Syncthing team-folder test is SKIPPED (apt-get install syncthing)')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-team-st-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Every file the app wrote in a team folder, by name and content hash. */
async function contents(folder: string): Promise<string[]> {
  const out: string[] = []
  for (const sub of ['logs', 'files']) {
    const names = await readdir(join(folder, sub)).catch(() => [] as string[])
    for (const name of names.filter((n) => /^[0-9a-f]+\.(jsonl|pdf)$/.test(n)).sort())
      out.push(
        `${sub}/${name}:${createHash('sha256')
          .update(await readFile(join(folder, sub, name)))
          .digest('hex')}`,
      )
  }
  return out
}

describe('two installations through a team folder', () => {
  it.skipIf(!present)(
    'over a real Syncthing pair on loopback end with equal libraries',
    { timeout: 300_000 },
    async () => {
      const pair = await SyncthingPair.start(dir)
      let a: Core | undefined
      let b: Core | undefined
      try {
        const [na, nb] = pair.nodes
        await pair.until(() => pair.connected(), 'the two devices to connect')
        await pair.pause()
        a = await openCore(join(dir, 'data-a'))
        b = await openCore(join(dir, 'data-b'))
        await joinTeam(a, na.folder)
        await joinTeam(b, nb.folder)
        await addThings(a, dir, 'Kilo')
        await addThings(b, dir, 'Lima')
        await syncNow(a)
        await syncNow(b)
        expect(await contents(na.folder)).not.toEqual(await contents(nb.folder))
        expect(sharedView(a)).not.toBe(sharedView(b))

        await pair.resume()
        const inStep = () =>
          pair.until(
            async () =>
              (await pair.inStep()) &&
              JSON.stringify(await contents(na.folder)) === JSON.stringify(await contents(nb.folder)),
            'both team folders to hold the same files',
          )
        for (let round = 0; round < 2; round++) {
          await inStep()
          await syncNow(a)
          await syncNow(b)
        }
        await inStep()
        expect(await readdir(join(na.folder, 'logs'))).toHaveLength(2)
        expect(sharedView(b)).toBe(sharedView(a))
        expect(await sharedPdfs(b)).toEqual(await sharedPdfs(a))
        expect(a.store.read().glossary.some((t) => t.term === 'Lima term')).toBe(true)
        expect(b.store.read().methods.some((m) => m.name === 'Kilo carousel')).toBe(true)
      } finally {
        await Promise.all([a?.close(), b?.close()])
        pair.stop()
      }
    },
  )

  it('over a plain shared folder, no sync engine, end with equal libraries', { timeout: 180_000 }, async () => {
    const shared = join(dir, 'share')
    const a = await openCore(join(dir, 'plain-a'))
    const b = await openCore(join(dir, 'plain-b'))
    try {
      await joinTeam(a, shared)
      await joinTeam(b, shared)
      await addThings(a, dir, 'Mike')
      await addThings(b, dir, 'November')
      expect((await syncNow(a)).unavailable).toBe(true)
      await mkdir(shared)
      for (const core of [a, b, a]) await syncNow(core)
      expect(sharedView(b)).toBe(sharedView(a))
      expect(await sharedPdfs(b)).toEqual(await sharedPdfs(a))
      expect(a.store.read().glossary.some((t) => t.term === 'November term')).toBe(true)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})
