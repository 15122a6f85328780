/** The whole preload: one method per contract channel, an event subscription, and an id for a dropped file. */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildBridge } from '@shared/bridge'
import {
  channels,
  DROP_CHANNEL,
  EVENT_CHANNEL,
  type AppEvent,
  type EventBridge,
  type PickedFile,
} from '@shared/contract'

/** this page's id: the main side names it in the changes it makes, so they are not echoed back */
const client = crypto.randomUUID()
contextBridge.exposeInMainWorld('tcClient', client)

contextBridge.exposeInMainWorld(
  'tc',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input, client), channels),
)

contextBridge.exposeInMainWorld('tcEvents', {
  subscribe(listener) {
    const forward = (_event: unknown, payload: AppEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => ipcRenderer.off(EVENT_CHANNEL, forward)
  },
} satisfies EventBridge)

contextBridge.exposeInMainWorld('tcFiles', {
  // webUtils gives a path only for a File the user really dropped or picked; the page sees the id alone.
  register: (file: File): Promise<PickedFile | null> => {
    const path = webUtils.getPathForFile(file)
    return path ? (ipcRenderer.invoke(DROP_CHANNEL, path) as Promise<PickedFile | null>) : Promise.resolve(null)
  },
})
