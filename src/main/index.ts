/**
 * The Electron entry, kept thin: everything it does beyond wiring Electron's
 * objects lives in code that browser mode shares and tests exercise.
 */
import { app, dialog, ipcMain, protocol, session } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_SCHEME, LIBRARY_SCHEME } from '@shared/url-policy'
import { EVENT_CHANNEL } from '@shared/contract'
import { startCore, type Core } from './core'
import { dataDirFromArgs } from './paths'
import { registerDropChannel, registerIpc } from './electron/ipc'
import { appRequestPath, fileResponse, libraryRequestPath, privilegedSchemes } from './electron/protocols'
import { createMainWindow, guardContents, lockDownSession } from './electron/window'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '..', 'preload', 'index.cjs')
protocol.registerSchemesAsPrivileged(privilegedSchemes)

const portableDir = process.env.PORTABLE_EXECUTABLE_DIR
const dataDir =
  dataDirFromArgs(process.argv, process.env) ??
  (portableDir ? join(portableDir, 'Training Companion Data') : app.getPath('userData'))

async function pickPdfFiles(): Promise<string[]> {
  const result = await dialog.showOpenDialog({
    title: 'Import PDFs',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
  })
  return result.canceled ? [] : result.filePaths
}

const bundleDialogs = {
  async open() {
    const zip = [{ name: 'Training Companion bundle', extensions: ['zip'] }]
    const result = await dialog.showOpenDialog({ title: 'Import a bundle', properties: ['openFile'], filters: zip })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async save(suggestedName: string) {
    const zip = [{ name: 'Training Companion bundle', extensions: ['zip'] }]
    const result = await dialog.showSaveDialog({ title: 'Save the bundle', defaultPath: suggestedName, filters: zip })
    return result.canceled ? null : (result.filePath ?? null)
  },
}

async function start(): Promise<Core> {
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  const core = await startCore({
    dataDir,
    resourcesDir,
    workerPath: join(here, 'extract-worker.js'),
    host: 'desktop',
    version: app.getVersion(),
    pickFiles: pickPdfFiles,
    bundleDialogs,
  })
  const rendererDir = join(here, '..', 'renderer')
  protocol.handle(APP_SCHEME, (req) => fileResponse(appRequestPath(rendererDir, req.url), req.headers.get('range')))
  protocol.handle(LIBRARY_SCHEME, (req) =>
    fileResponse(libraryRequestPath(core.paths.files, req.url), req.headers.get('range')),
  )
  lockDownSession(session.defaultSession)
  registerIpc(ipcMain, core.dispatch)
  registerDropChannel(ipcMain, core.picked)
  const win = createMainWindow(preloadPath)
  core.events.subscribe((event) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event)
  })
  return core
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // every web contents the app makes (main window, presenter window) gets the same guards
  app.on('web-contents-created', (_event, contents) => guardContents(contents, preloadPath))
  app
    .whenReady()
    .then(start)
    .then((core) => {
      app.on('window-all-closed', () => app.quit())
      // a save sent as the window closed is written before the process ends
      let closed = false
      app.on('will-quit', (event) => {
        if (closed) return
        event.preventDefault()
        void core.close().finally(() => {
          closed = true
          app.quit()
        })
      })
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Training Companion could not start', error instanceof Error ? error.message : String(error))
      app.exit(1)
    })
}
