/** The whole preload: one method per contract channel, an event subscription, and a file's path for drops. */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildBridge, EVENT_CHANNEL, type AppEvent, type EventBridge } from '@shared/contract'

contextBridge.exposeInMainWorld(
  'tc',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)

contextBridge.exposeInMainWorld('tcEvents', {
  subscribe(listener) {
    const forward = (_event: unknown, payload: AppEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => ipcRenderer.off(EVENT_CHANNEL, forward)
  },
} satisfies EventBridge)

contextBridge.exposeInMainWorld('tcFiles', { pathFor: (file: File) => webUtils.getPathForFile(file) })
