/** The whole preload: one method per contract channel, nothing else reaches the page. */
import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from '@shared/contract'

contextBridge.exposeInMainWorld(
  'tc',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)
