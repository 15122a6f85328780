/**
 * Moving the data folder: a checked copy of every file, then the switch, the old folder
 * kept; and when the copy cannot be made (a target that cannot be written, a full disk,
 * a copy that does not match) the old folder stays in use and byte-for-byte as it was,
 * and no partial copy is left.
 */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../../testing/temp-dir'
import { openStore } from '../../store/open-store'
import { createWorkshop } from '../workshops/workshops'
import { hashFile } from '../backups/full-restore'
import { acquireDataLock } from '../../data-lock'
import { dataPaths } from '../../paths'
import { copyHashing, moveDataFolder, MOVED_FROM, MOVED_TO, type CopyFile } from './move'

const clock = { now: () => '2026-11-30T09:00:00.000Z' }

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (name.isFile())
      out[join(name.parentPath, name.name).slice(dir.length + 1)] = await hashFile(join(name.parentPath, name.name))
  return out
}

async function library(dir: string) {
  const root = join(dir, 'data')
  await mkdir(join(root, 'files'), { recursive: true })
  await mkdir(join(root, 'text'), { recursive: true })
  const opened = await openStore({ dbPath: join(root, 'db.json'), backupsDir: join(root, 'backups') })
  await createWorkshop(opened.store, clock, 'Peacebuilding dialogue')
  await opened.snapshot('manual')
  await writeFile(join(root, 'files', `${'a'.repeat(64)}.pdf`), Buffer.alloc(300_000, 7))
  await writeFile(join(root, 'text', `${'a'.repeat(64)}.json`), '{"pages":["x"]}')
  const release = acquireDataLock(dataPaths(root).lock, root)
  return { root, store: opened.store, release }
}

describe('moving the data folder', () => {
  it('copies every file, checks it, and keeps the old folder; changes wait during the copy', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const before = await tree(lib.root)
      const to = join(dir, 'stick', 'Training Companion')
      const progress: number[] = []
      const done = await moveDataFolder({
        from: lib.root,
        to,
        pause: (work) => lib.store.exclusive(work),
        onProgress: (p) => progress.push(p.filesDone),
      })
      const copied = await tree(to)
      const { [MOVED_FROM]: moved, ...rest } = copied
      expect(moved).toBeDefined()
      const { 'training-companion.lock': _lock, ...expected } = before
      expect(rest).toEqual(expected)
      expect(done.files).toBe(Object.keys(expected).length)
      expect(progress.at(-1)).toBe(done.files)
      // the old folder is kept, with a note of where the data went
      const { [MOVED_TO]: note, ...old } = await tree(lib.root)
      expect(old).toEqual(before)
      expect(JSON.parse(await readFile(join(lib.root, MOVED_TO), 'utf8')).to).toBe(to)
      expect(note).toBeDefined()
      // the new folder's lock was released for the app that opens it next
      expect(existsSync(join(to, 'training-companion.lock'))).toBe(false)
      lib.release()
    })
  })

  it('refuses a folder that is not empty, or inside the data folder, changing nothing', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const before = await tree(lib.root)
      await mkdir(join(dir, 'full'))
      await writeFile(join(dir, 'full', 'thesis.docx'), 'mine')
      await expect(moveDataFolder({ from: lib.root, to: join(dir, 'full') })).rejects.toThrow(/is not empty/)
      await expect(moveDataFolder({ from: lib.root, to: join(lib.root, 'inner') })).rejects.toThrow(/into itself/)
      await expect(moveDataFolder({ from: lib.root, to: lib.root })).rejects.toThrow(/already the data folder/)
      expect(await readdir(join(dir, 'full'))).toEqual(['thesis.docx'])
      expect(await tree(lib.root)).toEqual(before)
      lib.release()
    })
  })

  it('leaves the old folder in use and untouched when the target cannot be written', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const before = await tree(lib.root)
      await writeFile(join(dir, 'a-file'), 'not a folder')
      const to = join(dir, 'a-file', 'data')
      await expect(moveDataFolder({ from: lib.root, to })).rejects.toThrow(
        /could not be copied to .*Nothing was changed: the app still uses/,
      )
      expect(await tree(lib.root)).toEqual(before)
      await createWorkshop(lib.store, clock, 'Still writable') // the library goes on
      lib.release()
    })
  })

  it('on a full disk removes the partial copy and says the disk is full', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const before = await tree(lib.root)
      const to = join(dir, 'usb')
      let copies = 0
      const fillsUp: CopyFile = async (from, target) => {
        if (++copies === 3)
          throw Object.assign(new Error(`ENOSPC: no space left on device, write '${target}'`), { code: 'ENOSPC' })
        return copyHashing(from, target)
      }
      await expect(moveDataFolder({ from: lib.root, to, copy: fillsUp })).rejects.toThrow(/that disk is full/)
      expect(existsSync(to)).toBe(false)
      expect(await tree(lib.root)).toEqual(before)
      lib.release()
    })
  })

  it('on a real full disk (a 1 MB tmpfs, where this run may mount one) does the same', async (context) => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return context.skip()
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const before = await tree(lib.root)
      const mount = join(dir, 'tiny')
      await mkdir(mount)
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount], { stdio: 'ignore' })
      } catch {
        return context.skip()
      }
      try {
        await expect(moveDataFolder({ from: lib.root, to: join(mount, 'data') })).rejects.toThrow(/that disk is full/)
        expect(await readdir(mount)).toEqual([])
        expect(await tree(lib.root)).toEqual(before)
      } finally {
        execFileSync('umount', [mount])
      }
      lib.release()
    })
  })

  it('refuses a copy that does not match what was read', async () => {
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      const corrupting: CopyFile = async (from, target) => {
        const sha = await copyHashing(from, target)
        if (target.endsWith('.pdf')) await writeFile(target, Buffer.alloc(300_000, 8))
        return sha
      }
      await expect(moveDataFolder({ from: lib.root, to: join(dir, 'other'), copy: corrupting })).rejects.toThrow(
        /does not match the original/,
      )
      expect(existsSync(join(dir, 'other'))).toBe(false)
      lib.release()
    })
  })
})

describe('moving before browser mode starts (--move-data-to)', () => {
  it('copies, remembers the new place where the folder was the default, and not where --data chose it', async () => {
    const { moveAtStart } = await import('./move-at-start')
    const { moveTargetFromArgs } = await import('../../browser-host/args')
    expect(moveTargetFromArgs(['--port', '1', '--move-data-to', '/x'])).toBe('/x')
    expect(moveTargetFromArgs(['--move-data-to=/y'])).toBe('/y')
    expect(() => moveTargetFromArgs(['--move-data-to'])).toThrow(/needs the folder/)
    await withTempDir(async (dir) => {
      const lib = await library(dir)
      lib.release() // the server is not running yet
      const location = join(dir, 'appdata', 'Training Companion.location.json')
      const done = await moveAtStart({ from: lib.root, to: join(dir, 'new'), mode: 'default', locationFile: location })
      expect(JSON.parse(await readFile(location, 'utf8'))).toEqual({ dataDir: done.to })
      expect(existsSync(join(lib.root, 'training-companion.lock'))).toBe(false) // its lock was held and given back
      const other = join(dir, 'appdata2', 'x.location.json')
      await moveAtStart({ from: done.to, to: join(dir, 'third'), mode: 'argument', locationFile: other })
      expect(existsSync(other)).toBe(false)
    })
  })
})
