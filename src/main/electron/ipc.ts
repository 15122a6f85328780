/**
 * Registers every contract channel on ipcMain, and the preload's drop channel. Calls
 * from any frame that is not the app's own page are refused before anything runs.
 */
import { isAbsolute } from 'node:path'
import { channels, DROP_CHANNEL } from '@shared/contract'
import { isAppUrl } from '@shared/url-policy'
import { fail } from '@shared/result'
import type { Dispatch } from '../dispatch'
import type { PickedFiles } from '../services/library/picked-files'

interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, input: unknown, caller?: unknown) => unknown,
  ): void
}

/** The preload's own channel: the path of a File really dropped, for an opaque id (see DROP_CHANNEL). */
export function registerDropChannel(ipcMain: IpcMainLike, picked: PickedFiles): void {
  ipcMain.handle(DROP_CHANNEL, (event, path) => {
    if (!isAppUrl(event.senderFrame?.url ?? '') || typeof path !== 'string' || !isAbsolute(path)) return null
    return picked.remember(path)
  })
}

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch): string[] {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input, caller) => {
      const url = event.senderFrame?.url ?? ''
      if (!isAppUrl(url)) return fail('forbidden', `${channel} refused a call from ${url || 'an unknown frame'}`)
      return dispatch(channel, input, caller)
    })
  }
  return [...channels]
}
