/**
 * Registers every contract channel on ipcMain (and nothing else). Calls from any
 * frame that is not the app's own page are refused before the dispatcher runs.
 */
import { channels } from '@shared/contract'
import { isAppUrl } from '@shared/url-policy'
import { fail } from '@shared/result'
import type { Dispatch } from '../dispatch'

interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, input: unknown, caller?: unknown) => unknown,
  ): void
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
