/**
 * The data folder channels. Moving is the desktop app's: the target is chosen in the
 * main side's folder dialog, the copy is checked, the location is remembered, and the
 * app restarts on the new folder; changes wait from the copy until the restart, so none
 * lands in the old folder after it was copied. Browser mode shows the folder and says how
 * to move it (its pages never name a path: SECURITY.md).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DataFolderInfo, DataFolderMode, MoveDone } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Handlers } from '../../dispatch'
import type { HandlerDeps } from '../../handlers'
import type { Store } from '../../store/store'
import { MOVED_FROM, moveDataFolder } from './move'
import { rememberLocation, remembersLocation } from './move-at-start'

const howChosen: Record<DataFolderMode, string> = {
  argument: '--data',
  environment: 'TC_DATA_DIR',
  portable: 'portable',
  chosen: '',
  default: '',
}

async function previousFolder(root: string): Promise<string | null> {
  try {
    const { from } = JSON.parse(await readFile(join(root, MOVED_FROM), 'utf8')) as { from?: unknown }
    return typeof from === 'string' && existsSync(from) ? from : null
  } catch {
    return null
  }
}

/** Holds the store's queue from the copy on: the process restarts on the new folder. */
const holdingAfter =
  (store: Store) =>
  <T>(work: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      void store.exclusive(async () => {
        try {
          resolve(await work())
        } catch (error) {
          reject(error)
          return
        }
        await new Promise(() => undefined)
      })
    })

export function dataFolderHandlers(deps: HandlerDeps): Pick<Handlers, 'dataFolder:get' | 'dataFolder:move'> {
  const mode = deps.dataFolder?.mode ?? 'argument'
  const canMove = !!deps.pickFolder && remembersLocation(mode)
  return {
    'dataFolder:get': async (): Promise<DataFolderInfo> => ({
      path: deps.paths.root,
      mode,
      canMove,
      previous: await previousFolder(deps.paths.root),
    }),
    'dataFolder:move': async (): Promise<MoveDone | null> => {
      if (!deps.pickFolder) throw new ServiceError('forbidden', userMessage('no-folder-dialog'))
      if (!canMove) throw new ServiceError('move-failed', userMessage('move-fixed', { how: howChosen[mode] }))
      const to = await deps.pickFolder('move')
      if (!to) return null
      const location = deps.dataFolder?.locationFile
      const done = await moveDataFolder({
        from: deps.paths.root,
        to,
        pause: deps.dataFolder?.switchTo ? holdingAfter(deps.store) : (work) => deps.store.exclusive(work),
        onProgress: (p) => deps.events.emit('backups:progress', p),
        thenSwitch: async ({ to: moved }) => {
          if (location) await rememberLocation(location, moved)
        },
      })
      deps.dataFolder?.switchTo?.(done.to)
      return done
    },
  }
}
