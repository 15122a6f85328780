/**
 * Browser mode's way to move the data folder (its pages never name a path): `npm run serve --
 * --move-data-to DIR` makes the same checked copy as the desktop app before the server starts,
 * holding the old folder's lock so no other copy of the app writes to it meanwhile, and
 * remembers the new place (as the desktop app does) unless the folder came from --data or
 * TC_DATA_DIR, which would still win at the next start.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { DataFolderMode, MoveDone } from '@shared/backups'
import { acquireDataLock } from '../../data-lock'
import { writeFileDurably } from '../../durable-write'
import { dataPaths } from '../../paths'
import { moveDataFolder } from './move'

export interface MoveAtStart {
  from: string
  to: string
  mode: DataFolderMode
  locationFile: string
}

export const remembersLocation = (mode: DataFolderMode): boolean => mode === 'default' || mode === 'chosen'

export async function rememberLocation(locationFile: string, dataDir: string): Promise<void> {
  await mkdir(dirname(locationFile), { recursive: true })
  await writeFileDurably(locationFile, JSON.stringify({ dataDir }))
}

export async function moveAtStart({ from, to, mode, locationFile }: MoveAtStart): Promise<MoveDone> {
  if (!existsSync(from)) throw new Error(`There is no data folder at ${from} to move.`)
  const release = acquireDataLock(dataPaths(from).lock, from)
  try {
    return await moveDataFolder({
      from,
      to,
      thenSwitch: remembersLocation(mode) ? (done) => rememberLocation(locationFile, done.to) : undefined,
    })
  } finally {
    release()
  }
}
