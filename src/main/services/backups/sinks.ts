/**
 * The two places a full backup goes: a new folder (desktop, on a USB stick or another
 * disk: every file written durably, the folder removed again if anything fails) or a
 * tar stream (browser mode's download, gzipped by the caller).
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Writable } from 'node:stream'
import { placeDurably, syncFolder } from '../../durable-write'
import { piecesOf, type BackupSink } from './full-backup'
import { TAR_END, tarHeader, tarPadding, writeAll } from './tar'

const two = (n: number) => String(n).padStart(2, '0')

/** "Training Companion backup 2026-11-30 14-05", in local time, as the facilitator reads it. */
export const backupFolderName = (d: Date): string =>
  `Training Companion backup ${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}-${two(d.getMinutes())}`

/** Makes a new folder in `parent` (never reusing one): "name", "name (2)", … */
export async function newFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const folder = join(parent, n === 1 ? name : `${name} (${n})`)
    try {
      await mkdir(folder)
      return folder
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 99) throw error
    }
  }
}

export function folderSink(folder: string): BackupSink {
  return {
    async add(name, from) {
      const target = join(folder, name)
      await mkdir(dirname(target), { recursive: true })
      const hash = createHash('sha256')
      await placeDurably(target, (temp) => pipeline(piecesOf(from, hash), createWriteStream(temp)))
      return hash.digest('hex')
    },
    finish: () => syncFolder(folder),
    abort: () => rm(folder, { recursive: true, force: true }),
  }
}

export function tarSink(out: Writable, now: Date): BackupSink {
  const mtime = Math.floor(now.getTime() / 1000)
  return {
    async add(name, from, bytes) {
      const hash = createHash('sha256')
      await writeAll(out, tarHeader(name, bytes, mtime))
      let written = 0
      for await (const piece of piecesOf(from, hash)) {
        written += piece.length
        if (written > bytes) throw new Error(`${name} grew while it was being backed up`)
        await writeAll(out, piece)
      }
      if (written !== bytes) throw new Error(`${name} changed while it was being backed up`)
      await writeAll(out, tarPadding(bytes))
      return hash.digest('hex')
    },
    async finish() {
      await writeAll(out, TAR_END)
      out.end()
    },
    abort: async () => void out.destroy(new Error('backup stopped')),
  }
}
