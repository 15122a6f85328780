/** The whole preload: one method per contract channel, an event subscription, and a file's path for drops. */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildBridge, EVENT_CHANNEL, type AppEvent, type EventBridge } from '@shared/contract'

/** this page's id: the main side names it in the changes it makes, so they are not echoed back */
const client = crypto.randomUUID()
contextBridge.exposeInMainWorld('tcClient', client)

contextBridge.exposeInMainWorld(
  'tc',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input, client)),
)

contextBridge.exposeInMainWorld('tcEvents', {
  subscribe(listener) {
    const forward = (_event: unknown, payload: AppEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => ipcRenderer.off(EVENT_CHANNEL, forward)
  },
} satisfies EventBridge)

contextBridge.exposeInMainWorld('tcFiles', { pathFor: (file: File) => webUtils.getPathForFile(file) })
